#!/usr/bin/env bash
# Runs every test project and the infrastructure checks against a fresh local stack on free ports.
# The last line is the total across all test projects: "N passed, N failed, N skipped".
set -Eeuo pipefail
source "$(dirname "$0")/lib/common.sh"
source "$(dirname "$0")/lib/pcscd.sh"
source "$(dirname "$0")/lib/fonts.sh"
source "$(dirname "$0")/lib/chromium.sh"
cd "$ROOT"

require_prerequisites
ensure_stack_packages
ensure_pcsc_packages || fail "the PC/SC packages are missing (see above)."
ensure_japanese_font || fail "the Japanese font for the printable forms is missing (see above)."
ensure_chromium || fail "chromium for the web chat's browser test is missing (see above)."

WORK="$(mktemp -d -t portal-test-XXXXXX)"
cleanup() {
  stop_pcscd
  stop_stack
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "Starting the local stack..."
start_stack "$WORK/data" "$WORK/stack.json"
export PORTAL_STACK_STATE="$WORK/stack.json"

echo "Starting pcscd with the virtual reader driver..."
start_pcscd "$WORK/pcscd.log" || { echo "0 passed, 1 failed"; exit 1; }

echo "Building..."
dotnet build Serverless.sln --nologo -v quiet -clp:ErrorsOnly || { echo "0 passed, 1 failed"; exit 1; }

# What a person looks at afterwards (the web chat's screenshot) outlives the run's temporary folder.
export PORTAL_TEST_ARTIFACTS="$ROOT/TestResults/artifacts"
rm -rf "$PORTAL_TEST_ARTIFACTS"
mkdir -p "$PORTAL_TEST_ARTIFACTS"

# One project at a time, each with its own results file: run in parallel, projects finishing in the same second
# would write the same TRX name and one result would be lost.
status=0
projects="$(find tests -mindepth 2 -maxdepth 2 -name '*.Tests.csproj' | sort)"
for project in $projects; do
  name="$(basename "$project" .csproj)"
  dotnet test "$project" --no-build --nologo --logger "trx;LogFileName=$name.trx" --results-directory "$WORK/results" \
    || status=$?
done

if [ -f "$PORTAL_TEST_ARTIFACTS/webchat.png" ]; then
  echo "Screenshots of the web chat in chromium: $PORTAL_TEST_ARTIFACTS/webchat.png (the phone's screen)," \
    "$PORTAL_TEST_ARTIFACTS/webchat-conversation.png (the whole conversation)"
else
  echo "No screenshot of the web chat was written (expected $PORTAL_TEST_ARTIFACTS/webchat.png)."
fi
if [ -f "$PORTAL_TEST_ARTIFACTS/demo-site-signed-in.png" ]; then
  echo "Screenshots of 外部サイト連携 in chromium (the demo site, the portal's page, consent): $PORTAL_TEST_ARTIFACTS/demo-site-*.png"
fi

# Every test host of the portal checks each /api response against the OpenAPI document; each test process wrote its count.
checked=0
for file in "$PORTAL_TEST_ARTIFACTS"/openapi-checked-*.txt; do
  [ -f "$file" ] && checked=$((checked + $(cat "$file")))
done
echo "Responses checked against the OpenAPI document: $checked"

node scripts/lib/summarize-trx.mjs "$WORK/results" "$(echo "$projects" | wc -l)" || status=1
exit "$status"
