# Debian's chromium for the web chat's browser test (tests/Bot.WebChat.Browser.Tests drives it with Playwright, pointed
# at /usr/bin/chromium: Playwright's own browser download cannot work here). Sourced by test.sh. Safe under
# `set -Eeuo pipefail`: a failure returns 1 after saying why.
#
#   ensure_chromium      installs chromium when /usr/bin/chromium is missing (root), or says how
# shellcheck shell=bash

CHROMIUM_PATH="/usr/bin/chromium"
CHROMIUM_PACKAGE="chromium"
# (The Japanese text in the screenshot is drawn with IPAex Gothic, which fonts.sh installs for the printable forms.)
CHROMIUM_PACKAGES=(chromium)
CHROMIUM_INSTALL_LINE="DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${CHROMIUM_PACKAGES[*]}"

_chromium_error() {
  echo "error: $*" >&2
  return 1
}

ensure_chromium() {
  [ -x "$CHROMIUM_PATH" ] && return 0
  echo "The browser for the web chat test is missing: $CHROMIUM_PATH."
  if [ "$(id -u)" -ne 0 ]; then
    _chromium_error "install it as root, then run again: sudo apt-get update && sudo $CHROMIUM_INSTALL_LINE"
    return 1
  fi
  command -v apt-get >/dev/null 2>&1 \
    || { _chromium_error "no apt-get here; install Chromium so that $CHROMIUM_PATH exists."; return 1; }
  if ! apt-cache show "$CHROMIUM_PACKAGE" >/dev/null 2>&1; then
    echo "Refreshing the package lists (apt-get update)..."
    apt-get update -qq || { _chromium_error "apt-get update failed."; return 1; }
  fi
  echo "Installing ${CHROMIUM_PACKAGES[*]}..."
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${CHROMIUM_PACKAGES[@]}" >/dev/null \
    || { _chromium_error "installing chromium failed: $CHROMIUM_INSTALL_LINE"; return 1; }
  [ -x "$CHROMIUM_PATH" ] || { _chromium_error "still missing after the install: $CHROMIUM_PATH."; return 1; }
}
