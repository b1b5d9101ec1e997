# The Japanese TrueType font the printable forms embed (IPAex Gothic, Debian's fonts-ipaexfont-gothic). Sourced by
# test.sh and run.sh; the build copies it into the Functions app's output and publish folder when it is installed,
# because the Azure plan has no package manager. Safe under `set -Eeuo pipefail`: a failure returns 1 after saying why.
#
#   ensure_japanese_font      installs fonts-ipaexfont-gothic when the font is missing (root), or says how
# shellcheck shell=bash

JAPANESE_FONT_PATH="/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
JAPANESE_FONT_PACKAGE="fonts-ipaexfont-gothic"
JAPANESE_FONT_INSTALL_LINE="DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $JAPANESE_FONT_PACKAGE"

_font_error() {
  echo "error: $*" >&2
  return 1
}

ensure_japanese_font() {
  [ -f "$JAPANESE_FONT_PATH" ] && return 0
  echo "The Japanese font for the printable forms is missing: $JAPANESE_FONT_PATH."
  if [ "$(id -u)" -ne 0 ]; then
    _font_error "install it as root, then run again: sudo apt-get update && sudo $JAPANESE_FONT_INSTALL_LINE"
    return 1
  fi
  command -v apt-get >/dev/null 2>&1 \
    || { _font_error "no apt-get here; install IPAex Gothic so that $JAPANESE_FONT_PATH exists (or set Printing:FontPath)."; return 1; }
  if ! apt-cache show "$JAPANESE_FONT_PACKAGE" >/dev/null 2>&1; then
    echo "Refreshing the package lists (apt-get update)..."
    apt-get update -qq || { _font_error "apt-get update failed."; return 1; }
  fi
  echo "Installing $JAPANESE_FONT_PACKAGE..."
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$JAPANESE_FONT_PACKAGE" >/dev/null \
    || { _font_error "installing the font failed: $JAPANESE_FONT_INSTALL_LINE"; return 1; }
  [ -f "$JAPANESE_FONT_PATH" ] || { _font_error "still missing after the install: $JAPANESE_FONT_PATH."; return 1; }
}
