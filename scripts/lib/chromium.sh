# Debian's chromium for the web chat's browser test (tests/Bot.WebChat.Browser.Tests drives it with Playwright, pointed
# at /usr/bin/chromium: Playwright's own browser download cannot work here). Sourced by test.sh after common.sh.
# Safe under `set -Eeuo pipefail`: a failure returns 1 after saying why.
#
#   ensure_chromium      installs chromium when /usr/bin/chromium is missing (root), or says how
# shellcheck shell=bash
# (The Japanese text in the screenshot is drawn with IPAex Gothic, which fonts.sh installs for the printable forms.)

CHROMIUM_PATH="/usr/bin/chromium"
CHROMIUM_PACKAGE="chromium"

ensure_chromium() {
  ensure_debian_package -x "$CHROMIUM_PATH" "$CHROMIUM_PACKAGE" "The browser for the web chat test" \
    "install Chromium so that $CHROMIUM_PATH exists."
}
