#!/usr/bin/env bash
# Runs the portal locally: the local stack (Cosmos-protocol server, Azurite, SMTP sink), the portal's local Functions
# host and, next to it, the chatbot's (with the web chat) and a demo external site that signs residents in through the
# portal (infra/local/DemoSite, 外部サイト連携), with data kept in .local/ so that stopping and starting again
# loses nothing. Once both answer, it seeds わたしの情報 and やりとり履歴 for the demo resident in the background until
# that has succeeded once for this .local/ (scripts/demo/information-seed.mjs: 千代田区 and an insurer find the resident
# by the basic 4 items, register records and exchange some). Ctrl-C stops everything.
set -Eeuo pipefail
source "$(dirname "$0")/lib/common.sh"
source "$(dirname "$0")/lib/fonts.sh"
cd "$ROOT"

PORT="${PORTAL_PORT:-7071}"
REQUESTED_BOT_PORT="${BOT_PORT:-}"
BOT_PORT="${BOT_PORT:-7072}"
REQUESTED_DEMO_SITE_PORT="${DEMO_SITE_PORT:-}"
DEMO_SITE_PORT="${DEMO_SITE_PORT:-7073}"
DATA="$ROOT/.local"
HOST_PID=""
BOT_PID=""
DEMO_SITE_PID=""
SEED_PID=""

cardtool() {
  dotnet "$ROOT/mobile-signer/CardTool/bin/Debug/net10.0/cardtool.dll" "$@"
}

portal_operator() {
  dotnet "$ROOT/functions/Portal.Operator/bin/Debug/net10.0/portal-operator.dll" "$@"
}

cleanup() {
  # The seed's node process first (a child of the background function), then the function itself.
  if [ -n "$SEED_PID" ] && kill -0 "$SEED_PID" 2>/dev/null; then
    pkill -TERM -P "$SEED_PID" 2>/dev/null || true
  fi
  for pid in "$SEED_PID" "$DEMO_SITE_PID" "$BOT_PID" "$HOST_PID"; do
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
      kill -TERM "$pid" 2>/dev/null || true
      wait "$pid" 2>/dev/null || true
    fi
  done
  stop_stack
}
trap cleanup EXIT
trap 'exit 130' INT TERM

require_prerequisites
require_command curl "run.sh polls the host with curl."
ensure_stack_packages
ensure_japanese_font || fail "the Japanese font for the printable forms is missing (see above)."

if ! port_is_free "$PORT"; then
  [ -z "${PORTAL_PORT:-}" ] || fail "port $PORT (PORTAL_PORT) is in use."
  PORT="$(free_port)"
  echo "Port 7071 is in use; serving on $PORT instead."
fi
if ! port_is_free "$BOT_PORT" || [ "$BOT_PORT" = "$PORT" ]; then
  [ -z "$REQUESTED_BOT_PORT" ] || fail "port $BOT_PORT (BOT_PORT) is in use."
  BOT_PORT="$(free_port)"
  echo "Port 7072 is in use; serving the chatbot on $BOT_PORT instead."
fi
if ! port_is_free "$DEMO_SITE_PORT" || [ "$DEMO_SITE_PORT" = "$PORT" ] || [ "$DEMO_SITE_PORT" = "$BOT_PORT" ]; then
  [ -z "$REQUESTED_DEMO_SITE_PORT" ] || fail "port $DEMO_SITE_PORT (DEMO_SITE_PORT) is in use."
  DEMO_SITE_PORT="$(free_port)"
  echo "Port 7073 is in use; serving the demo site on $DEMO_SITE_PORT instead."
fi

echo "Building the local hosts (portal, chatbot, demo site), the operator CLI and the card tools..."
dotnet build functions/Portal.LocalHost --nologo -v quiet -clp:ErrorsOnly
dotnet build bot/Bot.LocalHost --nologo -v quiet -clp:ErrorsOnly
dotnet build infra/local/DemoSite --nologo -v quiet -clp:ErrorsOnly
dotnet build functions/Portal.Operator --nologo -v quiet -clp:ErrorsOnly
dotnet build mobile-signer/CardTool --nologo -v quiet -clp:ErrorsOnly
dotnet build mobile-signer/Signer.Cli --nologo -v quiet -clp:ErrorsOnly

echo "Starting the local stack (data in .local/)..."
start_stack "$DATA" "$DATA/stack.json"
STATE="$DATA/stack.json"

export ASPNETCORE_ENVIRONMENT=Development
export Cosmos__Endpoint="$(state_value "$STATE" cosmos.endpoint)"
export Cosmos__Key="$(state_value "$STATE" cosmos.key)"
export Cosmos__CreateIfNotExists=true
export AzureWebJobsStorage="$(state_value "$STATE" storage.connectionString)"
export Smtp__Host="$(state_value "$STATE" smtp.host)"
export Smtp__Port="$(state_value "$STATE" smtp.port)"
export Smtp__UseStartTls=false
# Status changes go to the chatbot on this queue: the portal writes it, the chatbot's queue trigger reads it.
BOT_EVENTS_QUEUE=bot-application-events

# The TEST JPKI PKI and a demo resident's software card, made once and kept in .local/. The CRLs are renewed and
# published to blob storage at every start, where the portal's refresher reads them (JPKI's distribution points in Azure).
CA="$DATA/ca"
DEMO_CARD="$DATA/cards/hanako.card.json"
if [ ! -f "$CA/ca.json" ]; then
  cardtool ca init --dir "$CA" >/dev/null
  cardtool issue --ca "$CA" --out "$DEMO_CARD" --name "山田 花子" --address "東京都千代田区霞が関2-1-2" \
    --birth 1990-04-01 --sex 2 --auth-pin 1234 --sign-pin ABC123 >/dev/null
fi
# A second demo card, for the demo proxy (代理人): someone else, with PINs of his own. Issued once, also into a .local/
# from before proxies.
PROXY_CARD="$DATA/cards/ichiro.card.json"
if [ ! -f "$PROXY_CARD" ]; then
  cardtool issue --ca "$CA" --out "$PROXY_CARD" --name "山田 一郎" --address "東京都新宿区西新宿2-8-1" \
    --birth 1985-11-03 --sex 1 --auth-pin 5678 --sign-pin DEF456 >/dev/null
fi
cardtool crl --ca "$CA" >/dev/null
cardtool publish --ca "$CA" --connection-string "$AzureWebJobsStorage" --container crl >/dev/null
export Identity__TrustAnchors__Folder="$CA"
export Identity__Crl__Container=crl
# The signer trusts only this run's portal (card requests name the issuer's origin as their audience).
export MYNA_SIGNER_TRUSTED_PORTALS="http://127.0.0.1:$PORT"
export Identity__Tokens__Issuer="http://127.0.0.1:$PORT/api"
export Identity__Tokens__SigningKeyFolder="$DATA/token-signing"

# Registered clients and the terms of use live in Cosmos DB: seeded with the operator CLI, which reads the same
# Cosmos__* variables and creates the containers like the host. Every step is idempotent (--if-absent; publishing the
# same terms version again is a no-op), so a restart changes nothing. The chatbot's and the demo agencies' key pairs
# are made once and kept in .local/; if a folder already has a key (data wiped), its public half is registered again.
# The chatbot is a confidential client (private_key_jwt): its host reads the private half from .local/chatbot/.
CHATBOT_KEYS="$DATA/chatbot"
if [ -f "$CHATBOT_KEYS/private.pem" ]; then
  CHATBOT_KEY=(--public-key "$CHATBOT_KEYS/public.pem")
else
  CHATBOT_KEY=(--generate-key "$CHATBOT_KEYS")
fi
portal_operator clients add --id chatbot --name "マイナポータル チャットボット" \
  --grant device_code --grant refresh_token --grant token-exchange \
  --scope openid --scope email --scope portal --scope registration "${CHATBOT_KEY[@]}" --if-absent >/dev/null
if portal_operator clients show --id chatbot | grep -Eq '"kind": ?"public"'; then
  fail "the chatbot is registered as a public client in .local/ from before it became confidential: remove $DATA (or its cosmos data) and start again."
fi
# register_agency KEYS ARGS...: agencies add with the key pair in KEYS (made there the first time).
register_agency() {
  local keys="$1" key
  shift
  key=(--generate-key "$keys")
  [ ! -f "$keys/private.pem" ] || key=(--public-key "$keys/public.pem")
  portal_operator agencies add "$@" "${key[@]}" --if-absent >/dev/null
}
DEMO_AGENCY=lg-131016-chiyoda
DEMO_AGENCY_KEYS="$DATA/agencies/chiyoda"
register_agency "$DEMO_AGENCY_KEYS" --id "$DEMO_AGENCY" --name 千代田区 --lg 131016 \
  --scope agency.procedures --scope agency.applications --scope agency.notices --scope agency.information --scope agency.payments
# A second provider of わたしの情報: the demo resident's health insurer (健康保険証, 医療費), a body of its own kind.
DEMO_INSURER=insurer-01130012-tokyo
DEMO_INSURER_KEYS="$DATA/agencies/kyoukaikenpo-tokyo"
register_agency "$DEMO_INSURER_KEYS" --id "$DEMO_INSURER" --name "全国健康保険協会 東京支部" --insurer 01130012 \
  --scope agency.information
# オンライン資格確認: the demo clinic (霞が関クリニック), a medical institution with its own key pair (scripts/demo/clinic-check.mjs).
DEMO_CLINIC_KEYS="$DATA/clinics/kasumigaseki"
DEMO_CLINIC_KEY=(--generate-key "$DEMO_CLINIC_KEYS")
[ ! -f "$DEMO_CLINIC_KEYS/private.pem" ] || DEMO_CLINIC_KEY=(--public-key "$DEMO_CLINIC_KEYS/public.pem")
portal_operator clinics add --id clinic-1310000001-kasumigaseki --name 霞が関クリニック --code 1310000001 \
  "${DEMO_CLINIC_KEY[@]}" --if-absent >/dev/null
# 外部サイト連携: the demo site (デモ市役所 オンライン窓口), an external site signing residents in through the portal
# (private_key_jwt with its key pair in .local/demo-site/, made once). Its redirect URI names its port: registered
# once, so a later run on another port says how to register it again. The sector is its one host (127.0.0.1).
DEMO_SITE_ID=demo-site
DEMO_SITE_KEYS="$DATA/demo-site"
DEMO_SITE_REDIRECT="http://127.0.0.1:$DEMO_SITE_PORT/signin-oidc"
DEMO_SITE_KEY=(--generate-key "$DEMO_SITE_KEYS")
[ ! -f "$DEMO_SITE_KEYS/private.pem" ] || DEMO_SITE_KEY=(--public-key "$DEMO_SITE_KEYS/public.pem")
portal_operator sites add --id "$DEMO_SITE_ID" --name "デモ市役所 オンライン窓口" --redirect-uri "$DEMO_SITE_REDIRECT" \
  --scope openid --scope name --scope address --scope birthdate --scope gender --scope information:tax-income \
  "${DEMO_SITE_KEY[@]}" --if-absent >/dev/null
if ! portal_operator clients show --id "$DEMO_SITE_ID" | grep -Fq "$DEMO_SITE_REDIRECT"; then
  echo "warning: the demo site is registered in .local/ with another port than $DEMO_SITE_PORT; its sign-in will be refused." \
    "Start with DEMO_SITE_PORT set to the registered one (portal-operator clients show --id $DEMO_SITE_ID), or remove $DATA." >&2
fi
portal_operator terms publish --version 2026-11-01 --title "マイナポータル利用規約" \
  --file infra/local/seed/terms/2026-11-01.md --effective-at 2026-11-01T00:00:00+09:00 >/dev/null
# さがす: the procedure templates and every body's offerings, the whole country (demo data; keeps what an agency changed).
portal_operator catalog seed

# residentRefs (the applicant as each receiving body knows them) are keyed hashes: the key is made once and kept, since
# a new key would give every resident new refs at every body.
RESIDENT_REF_KEY="$DATA/resident-ref-key"
if [ ! -f "$RESIDENT_REF_KEY" ]; then
  (umask 077 && head -c 32 /dev/urandom | base64 >"$RESIDENT_REF_KEY")
fi
export ResidentRefs__KeyFile="$RESIDENT_REF_KEY"

# The history key signs 操作履歴 exports (myna-signer history verify checks them against /api/history/keys). Made once
# and kept: a key line is only ever added, or older exports would stop verifying.
HISTORY_KEYS="$DATA/history-keys"
if [ ! -f "$HISTORY_KEYS" ]; then
  (umask 077 && printf '%s %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" \
    "$(openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -outform DER 2>/dev/null | base64 | tr -d '\n')" >"$HISTORY_KEYS")
fi
export Histories__SigningKeysFile="$HISTORY_KEYS"

# わたしの情報 and やりとり履歴 for the demo resident, through the agencies' API as a newcomer would see them. Until it
# has succeeded once for this .local/ (the seed writes the marker), since every run records its lookups and exchanges
# again; in the background, so that the portal serves meanwhile, and a failure says how to retry and stops nothing.
SEED_MARKER="$DATA/information-seeded"
SEED_LOG="$DATA/information-seed.log"
seed_information() {
  local command="node scripts/demo/information-seed.mjs --portal http://127.0.0.1:$PORT/api"
  echo "Seeding わたしの情報 and やりとり履歴 for the demo resident in the background (log: $SEED_LOG)..."
  if $command >"$SEED_LOG" 2>&1; then
    echo "Seeded わたしの情報 and やりとり履歴 for the demo resident (千代田区, 全国健康保険協会 東京支部)."
  else
    echo "warning: seeding わたしの情報 and やりとり履歴 failed (log: $SEED_LOG); the portal keeps serving. Retry: $command" >&2
  fi
}

echo "Starting the local Functions host on port $PORT..."
BotEventsQueue="$BOT_EVENTS_QUEUE" dotnet run --no-build --project functions/Portal.LocalHost -- --urls "http://127.0.0.1:$PORT" &
HOST_PID=$!

# The chatbot: its own Functions app and its own database ("bot") on the same Cosmos-protocol server; a client of the
# portal's HTTP API only. It seals the tokens and device codes it stores with a key ring (kid:base64key, first =
# current) made once here and kept: a new key would log every chat out.
BOT_STATE_KEY="$DATA/bot-state-key"
if [ ! -f "$BOT_STATE_KEY" ]; then
  (umask 077 && printf 'local1:%s\n' "$(head -c 32 /dev/urandom | base64 | tr -d '\n')" >"$BOT_STATE_KEY")
fi
echo "Starting the chatbot's local Functions host on port $BOT_PORT..."
Bot__Cosmos__Endpoint="$Cosmos__Endpoint" Bot__Cosmos__Key="$Cosmos__Key" Bot__Cosmos__Database=bot \
  Bot__Cosmos__CreateIfNotExists=true Bot__Portal__BaseUrl="http://127.0.0.1:$PORT" \
  Bot__Portal__ClientKeyFile="$CHATBOT_KEYS/private.pem" Bot__Portal__Issuer="$Identity__Tokens__Issuer" \
  Bot__StateKeyFile="$BOT_STATE_KEY" \
  Bot__PublicBaseUrl="http://127.0.0.1:$BOT_PORT" BotEventsQueue="$BOT_EVENTS_QUEUE" \
  dotnet run --no-build --project bot/Bot.LocalHost -- --urls "http://127.0.0.1:$BOT_PORT" &
BOT_PID=$!

# The demo site: reads the portal's discovery at its first sign-in, so it may start before the portal answers.
echo "Starting the demo site on port $DEMO_SITE_PORT..."
DemoSite__Portal__Issuer="$Identity__Tokens__Issuer" DemoSite__ClientId="$DEMO_SITE_ID" \
  DemoSite__ClientKeyFile="$DEMO_SITE_KEYS/private.pem" \
  dotnet run --no-build --project infra/local/DemoSite -- --urls "http://127.0.0.1:$DEMO_SITE_PORT" &
DEMO_SITE_PID=$!

for _ in $(seq 1 120); do
  if curl -fsS "http://127.0.0.1:$PORT/api/health" >/dev/null 2>&1 \
    && curl -fsS "http://127.0.0.1:$BOT_PORT/api/health" >/dev/null 2>&1 \
    && curl -fsS "http://127.0.0.1:$DEMO_SITE_PORT/health" >/dev/null 2>&1; then
    cat <<MSG

The portal is running (Ctrl-C stops everything):
  API           http://127.0.0.1:$PORT/api
  Health        http://127.0.0.1:$PORT/api/health
  OpenAPI       http://127.0.0.1:$PORT/api/openapi.json
  Mail (SMTP)   $(state_value "$STATE" smtp.webUrl)
  Cosmos        $Cosmos__Endpoint
  Demo card     $DEMO_CARD (PINs: login 1234, signing ABC123)
  Demo proxy    $PROXY_CARD (山田 一郎; PINs: login 5678, signing DEF456; scripts/demo/card.sh --proxy …)
  Demo agency   $DEMO_AGENCY (千代田区, private_key_jwt; key $DEMO_AGENCY_KEYS/private.pem, kid in public.jwk)
  Demo insurer  $DEMO_INSURER (全国健康保険協会 東京支部; key $DEMO_INSURER_KEYS/private.pem)
  Chatbot key   $CHATBOT_KEYS/private.pem (confidential client chatbot, private_key_jwt)
  Web chat      http://127.0.0.1:$BOT_PORT/api/webchat
                (when the chat asks for the card: scripts/demo/card.sh login|sign '<the link it shows>')
  Demo site     http://127.0.0.1:$DEMO_SITE_PORT/ (外部サイト連携: sign in with the demo card)
                (the portal's page shows a link: scripts/demo/card.sh login '<that link>', then type the code it shows)
MSG
    if [ ! -f "$SEED_MARKER" ]; then
      seed_information &
      SEED_PID=$!
    fi
    # Any host stopping ends the run (and the trap stops the others and the stack).
    wait -n "$HOST_PID" "$BOT_PID" "$DEMO_SITE_PID"
    exit $?
  fi
  kill -0 "$HOST_PID" 2>/dev/null || fail "the local host exited during start-up (output above)."
  kill -0 "$BOT_PID" 2>/dev/null || fail "the chatbot's local host exited during start-up (output above)."
  kill -0 "$DEMO_SITE_PID" 2>/dev/null || fail "the demo site exited during start-up (output above)."
  sleep 0.5
done
fail "the local hosts did not answer /api/health within 60 s."
