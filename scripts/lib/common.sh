# Shared by run.sh and test.sh: prerequisites, the npm packages of the local stack, and starting/stopping it.
# shellcheck shell=bash

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
STACK_PID=""

fail() {
  echo "error: $*" >&2
  exit 1
}

require_command() {
  command -v "$1" >/dev/null 2>&1 || fail "$1 is not installed or not on PATH. $2"
}

require_prerequisites() {
  require_command node "The local stack needs Node.js 20 (https://nodejs.org or the distribution's nodejs package)."
  require_command npm "npm comes with Node.js."
  require_command dotnet "Install the .NET SDK 10.0 (see global.json)."
  local major
  major="$(node -p 'process.versions.node.split(".")[0]')"
  [ "$major" -ge 20 ] || fail "Node.js $major is too old; the local stack needs Node.js 20 or later."
}

# Installs the local stack's pinned npm packages from the committed lock file when missing or stale.
ensure_stack_packages() {
  local dir="$ROOT/infra/local"
  if [ ! -d "$dir/node_modules" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    echo "Installing the local stack's npm packages (npm ci)..."
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error) || fail "npm ci failed in infra/local."
  fi
}

# start_stack DATA_DIR STATE_FILE: starts the Cosmos-protocol server, Azurite and the SMTP sink on free ports.
start_stack() {
  local data="$1" state="$2" log="$1/stack.log"
  mkdir -p "$data"
  rm -f "$state"
  # exit-with-parent: the stack stops with this script even if the script is killed outright.
  node --import "$ROOT/infra/local/exit-with-parent.mjs" "$ROOT/infra/local/stack.mjs" up --data "$data" --state-file "$state" >"$log" 2>&1 &
  STACK_PID=$!
  for _ in $(seq 1 240); do
    [ -s "$state" ] && grep -q "stack ready" "$log" && return 0
    if ! kill -0 "$STACK_PID" 2>/dev/null; then
      cat "$log" >&2
      fail "the local stack did not start (log above)."
    fi
    sleep 0.5
  done
  cat "$log" >&2
  fail "the local stack was not ready within 120 s (log above)."
}

stop_stack() {
  if [ -n "$STACK_PID" ] && kill -0 "$STACK_PID" 2>/dev/null; then
    kill -TERM "$STACK_PID" 2>/dev/null || true
    wait "$STACK_PID" 2>/dev/null || true
  fi
  STACK_PID=""
}

# state_value STATE_FILE EXPRESSION: reads one value of the stack's state file, e.g. "cosmos.endpoint".
state_value() {
  node -e 'const s = require(process.argv[1]); console.log(process.argv[2].split(".").reduce((o, k) => o[k], s))' "$1" "$2"
}

port_is_free() {
  node -e 'require("net").createServer().once("error", () => process.exit(1)).listen(+process.argv[1], "127.0.0.1", function () { this.close(); })' "$1"
}

free_port() {
  node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })'
}

# ensure_debian_package TEST PATH PACKAGE WHAT MANUAL: makes sure PATH passes `[ TEST PATH ]` (-f, -x, ...); when it
# does not, installs the Debian PACKAGE as root, or says how. WHAT names the file in messages ("The Japanese font for
# the printable forms"); MANUAL is the advice where there is no apt-get. Safe under `set -Eeuo pipefail`: a failure
# returns 1 after saying why, so the caller decides whether to stop.
ensure_debian_package() {
  local test="$1" path="$2" package="$3" what="$4" manual="$5"
  local install_line="DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $package"
  test "$test" "$path" && return 0
  echo "$what is missing: $path."
  if [ "$(id -u)" -ne 0 ]; then
    echo "error: install it as root, then run again: sudo apt-get update && sudo $install_line" >&2
    return 1
  fi
  command -v apt-get >/dev/null 2>&1 || { echo "error: no apt-get here; $manual" >&2; return 1; }
  if ! apt-cache show "$package" >/dev/null 2>&1; then
    echo "Refreshing the package lists (apt-get update)..."
    apt-get update -qq || { echo "error: apt-get update failed." >&2; return 1; }
  fi
  echo "Installing $package..."
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$package" >/dev/null \
    || { echo "error: installing $package failed: $install_line" >&2; return 1; }
  test "$test" "$path" || { echo "error: still missing after the install: $path." >&2; return 1; }
}
