#!/usr/bin/env bash
# HTTP load figures for さがす: hits an ALREADY RUNNING local host (scripts/run.sh, which seeds the whole country's
# catalog) with wrk — 32 connections for 20 s over a rotation of search URLs (search.lua) — and prints p50/p99.
# It starts nothing itself. Needs wrk (Debian: apt-get install -y wrk).
#   scripts/load/search.sh [base-url]        default http://127.0.0.1:${PORTAL_PORT:-7071}
#   CONNECTIONS=32 DURATION=20s THREADS=2 scripts/load/search.sh
set -Eeuo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
BASE="${1:-http://127.0.0.1:${PORTAL_PORT:-7071}}"
CONNECTIONS="${CONNECTIONS:-32}"
DURATION="${DURATION:-20s}"
THREADS="${THREADS:-2}"

command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)." >&2; exit 1; }
command -v curl >/dev/null || { echo "curl is not installed." >&2; exit 1; }

# The host answers, and the catalog is loaded (a search waits for the first load, bounded, then says 503).
curl -fsS -o /dev/null "$BASE/api/health" || { echo "No portal at $BASE: start scripts/run.sh first." >&2; exit 1; }
total="$(curl -fsS "$BASE/api/procedures?lg=131181" | sed -n 's/.*"total":\([0-9]*\).*/\1/p')"
[ -n "$total" ] && [ "$total" -gt 0 ] || { echo "The catalog at $BASE is empty: has run.sh seeded it?" >&2; exit 1; }
echo "Catalog at $BASE: $total procedures for 荒川区. wrk: $THREADS threads, $CONNECTIONS connections, $DURATION..."

wrk --threads "$THREADS" --connections "$CONNECTIONS" --duration "$DURATION" --timeout 10s \
  --script "$HERE/search.lua" "$BASE"
