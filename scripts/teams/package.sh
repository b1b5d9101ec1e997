#!/usr/bin/env bash
# The Teams app package (manifest.json + color.png 192x192 + outline.png 32x32) for Teams' admin centre or a sideload,
# drawn and written by bot-operator from bot/Bot.Operator/FrontDoor/front-door.json.
#
#   scripts/teams/package.sh --bot-id <Azure Bot's Microsoft App ID> --website https://<the portal> \
#       [--domain <the bot's public host>]... [--version 1.0.1] [--out .local/front-door/teams-app.zip]
#
# --bot-id may come from Bot__Teams__AppId (the bot host's own setting) instead.
set -Eeuo pipefail
source "$(dirname "$0")/../lib/common.sh"
source "$ROOT/scripts/lib/fonts.sh"
cd "$ROOT"

require_command dotnet "Install the .NET SDK 10.0 (see global.json)."
ensure_japanese_font || exit 1
dotnet build bot/Bot.Operator --nologo -v quiet -clp:ErrorsOnly >/dev/null
exec dotnet bot/Bot.Operator/bin/Debug/net10.0/bot-operator.dll teams package "$@"
