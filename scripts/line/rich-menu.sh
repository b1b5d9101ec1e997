#!/usr/bin/env bash
# The LINE rich menu, drawn by the project from bot/Bot.Operator/FrontDoor/front-door.json and sent with bot-operator.
# The channel access token is read from the environment (Bot__Line__ChannelAccessToken), never from the repository.
#
#   scripts/line/rich-menu.sh render                 # draws .local/front-door/line-rich-menu.png; calls nothing
#   scripts/line/rich-menu.sh create --default       # creates the menu, uploads the image, shows it to everyone
#   scripts/line/rich-menu.sh switch --to <id|alias> [--user <userId>]
#   scripts/line/rich-menu.sh list | delete --id <richMenuId>
set -Eeuo pipefail
source "$(dirname "$0")/../lib/common.sh"
source "$ROOT/scripts/lib/fonts.sh"
cd "$ROOT"

[ $# -ge 1 ] || fail "usage: scripts/line/rich-menu.sh render|create|switch|list|delete [options] (bot-operator help lists them)"
require_command dotnet "Install the .NET SDK 10.0 (see global.json)."
case "$1" in
  render | create) ensure_japanese_font || exit 1 ;;
esac
if [ "$1" != render ] && [ -z "${Bot__Line__ChannelAccessToken:-}" ]; then
  fail "set Bot__Line__ChannelAccessToken to the channel's access token (LINE Developers console; keep it out of the repository)."
fi

dotnet build bot/Bot.Operator --nologo -v quiet -clp:ErrorsOnly >/dev/null
exec dotnet bot/Bot.Operator/bin/Debug/net10.0/bot-operator.dll line rich-menu "$@"
