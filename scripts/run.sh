#!/usr/bin/env bash
# Runs the portal locally: the local stack (Cosmos-protocol server, Azurite, SMTP sink) and the local Functions
# host, with data kept in .local/ so that stopping and starting again loses nothing. Ctrl-C stops everything.
set -Eeuo pipefail
source "$(dirname "$0")/lib/common.sh"
cd "$ROOT"

PORT="${PORTAL_PORT:-7071}"
DATA="$ROOT/.local"
HOST_PID=""

cleanup() {
  if [ -n "$HOST_PID" ] && kill -0 "$HOST_PID" 2>/dev/null; then
    kill -TERM "$HOST_PID" 2>/dev/null || true
    wait "$HOST_PID" 2>/dev/null || true
  fi
  stop_stack
}
trap cleanup EXIT
trap 'exit 130' INT TERM

require_prerequisites
require_command curl "run.sh polls the host with curl."
ensure_stack_packages

if ! port_is_free "$PORT"; then
  [ -z "${PORTAL_PORT:-}" ] || fail "port $PORT (PORTAL_PORT) is in use."
  PORT="$(free_port)"
  echo "Port 7071 is in use; serving on $PORT instead."
fi

echo "Building the local host..."
dotnet build functions/Portal.LocalHost --nologo -v quiet -clp:ErrorsOnly

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

echo "Starting the local Functions host on port $PORT..."
dotnet run --no-build --project functions/Portal.LocalHost -- --urls "http://127.0.0.1:$PORT" &
HOST_PID=$!

for _ in $(seq 1 120); do
  if curl -fsS "http://127.0.0.1:$PORT/api/health" >/dev/null 2>&1; then
    cat <<MSG

The portal is running (Ctrl-C stops everything):
  API           http://127.0.0.1:$PORT/api
  Health        http://127.0.0.1:$PORT/api/health
  OpenAPI       http://127.0.0.1:$PORT/api/openapi.json
  Mail (SMTP)   $(state_value "$STATE" smtp.webUrl)
  Cosmos        $Cosmos__Endpoint
MSG
    wait "$HOST_PID"
    exit $?
  fi
  kill -0 "$HOST_PID" 2>/dev/null || fail "the local host exited during start-up (output above)."
  sleep 0.5
done
fail "the local host did not answer /api/health within 60 s."
