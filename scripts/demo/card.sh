#!/usr/bin/env bash
# The demo card for a link the chatbot (or the portal's device page) shows: ログイン or 電子署名 with the software card
# that run.sh issued, through the real signer CLI. The signer shows who asks, asks for the code the chat showed, then
# the PIN (login 1234; a signature asks both: 1234, then the signing PIN ABC123). It trusts only the local portal.
#
# --proxy uses the second demo card instead: the demo proxy 山田 一郎 (.local/cards/ichiro.card.json; PINs: login 5678,
# signing DEF456), for his own login and for the links that ask for the proxy's card (accepting an appointment,
# signing what he submits for the principal).
#
#   scripts/demo/card.sh login '<link from the chat>'
#   scripts/demo/card.sh sign  '<link from the chat>'
#   scripts/demo/card.sh --proxy sign '<the appointment's link>'
set -Eeuo pipefail
source "$(dirname "$0")/../lib/common.sh"
cd "$ROOT"

CARD="$ROOT/.local/cards/hanako.card.json"
if [ "${1:-}" = "--proxy" ]; then
  CARD="$ROOT/.local/cards/ichiro.card.json"
  shift
fi
[ $# -eq 2 ] || fail "usage: scripts/demo/card.sh [--proxy] login|sign|prefill '<link>'"
case "$1" in
  login | sign | prefill) ;;
  *) fail "the first word is login, sign or prefill (what the chat asked for), not '$1'." ;;
esac
[ -f "$CARD" ] || fail "no demo card at $CARD: start ./scripts/run.sh once, it issues the card."

dotnet build mobile-signer/Signer.Cli --nologo -v quiet -clp:ErrorsOnly >/dev/null
export MYNA_SIGNER_TRUSTED_PORTALS="${MYNA_SIGNER_TRUSTED_PORTALS:-http://127.0.0.1:${PORTAL_PORT:-7071}}"
exec dotnet "$ROOT/mobile-signer/Signer.Cli/bin/Debug/net10.0/myna-signer.dll" "$1" "$2" --card "$CARD"
