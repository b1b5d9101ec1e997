# The Japanese TrueType font the printable forms embed (IPAex Gothic, Debian's fonts-ipaexfont-gothic). Sourced by
# test.sh and run.sh after common.sh; the build copies it into the Functions app's output and publish folder when it
# is installed, because the Azure plan has no package manager. Safe under `set -Eeuo pipefail`: a failure returns 1
# after saying why.
#
#   ensure_japanese_font      installs fonts-ipaexfont-gothic when the font is missing (root), or says how
# shellcheck shell=bash

JAPANESE_FONT_PATH="/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
JAPANESE_FONT_PACKAGE="fonts-ipaexfont-gothic"

ensure_japanese_font() {
  ensure_debian_package -f "$JAPANESE_FONT_PATH" "$JAPANESE_FONT_PACKAGE" "The Japanese font for the printable forms" \
    "install IPAex Gothic so that $JAPANESE_FONT_PATH exists (or set Printing:FontPath)."
}
