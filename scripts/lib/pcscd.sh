# PC/SC for the card tests: pcscd with vsmartcard's virtual reader driver (vpcd), which a software card joins over TCP.
# Sourced by test.sh and run by tests/MynaCard.Pcsc.Tests (which so works on its own too). Safe under `set -Eeuo pipefail`;
# the functions report a failure by returning 1 after printing why, so sourcing this into a shell never exits it.
#
#   ensure_pcsc_packages      installs pcscd, libpcsclite1 and vsmartcard-vpcd when missing (root), or says how
#   start_pcscd [LOG_FILE]    leaves a running pcscd alone, or starts one in the foreground of a background job
#   stop_pcscd [PID]          stops only the pcscd that start_pcscd started (or the one PID given)
#
# Exports PORTAL_PCSCD=started|running|socket-activated, PORTAL_PCSCD_LOG and, when started, PORTAL_PCSCD_PID.
# shellcheck shell=bash

PCSCD_SOCKET="/run/pcscd/pcscd.comm"
PCSCD_PID_FILE="/run/pcscd/pcscd.pid"
VPCD_PORT=35963
VPCD_DRIVER="/usr/lib/pcsc/drivers/serial/libifdvpcd.so"
VPCD_READER_CONF="/etc/reader.conf.d/vpcd"
# pcsc-tools brings pcsc_scan, handy to see the virtual reader and card by hand; the tests do not need it.
PCSC_PACKAGES=(pcscd libpcsclite1 vsmartcard-vpcd pcsc-tools)
PCSC_INSTALL_LINE="DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${PCSC_PACKAGES[*]}"
PCSCD_PID="${PCSCD_PID:-}"

_pcsc_error() {
  echo "error: $*" >&2
  return 1
}

_pcscd_binary() {
  local candidate
  for candidate in "$(command -v pcscd 2>/dev/null || true)" /usr/sbin/pcscd /sbin/pcscd; do
    if [ -n "$candidate" ] && [ -x "$candidate" ]; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

_libpcsclite_present() {
  local dir
  for dir in /usr/lib/x86_64-linux-gnu /usr/lib/aarch64-linux-gnu /usr/lib64 /usr/lib /lib/x86_64-linux-gnu /lib; do
    [ -e "$dir/libpcsclite.so.1" ] && return 0
  done
  PATH="$PATH:/sbin:/usr/sbin" ldconfig -p 2>/dev/null | grep -q 'libpcsclite\.so\.1 '
}

# Lists what is missing, one item a line; prints nothing when everything is there.
_pcsc_missing() {
  _pcscd_binary >/dev/null || echo "pcscd"
  _libpcsclite_present || echo "libpcsclite.so.1"
  [ -e "$VPCD_DRIVER" ] || echo "$VPCD_DRIVER"
  [ -e "$VPCD_READER_CONF" ] || echo "$VPCD_READER_CONF"
}

ensure_pcsc_packages() {
  local missing
  missing="$(_pcsc_missing)"
  [ -z "$missing" ] && return 0
  echo "PC/SC for the card tests is missing: $(echo "$missing" | paste -sd ' ' -)."
  if [ "$(id -u)" -ne 0 ]; then
    _pcsc_error "install it as root, then run the tests again: sudo apt-get update && sudo $PCSC_INSTALL_LINE"
    return 1
  fi
  command -v apt-get >/dev/null 2>&1 \
    || { _pcsc_error "no apt-get here; install the packages ${PCSC_PACKAGES[*]} (or your distribution's pcsc-lite, its pcscd and vsmartcard's vpcd driver)."; return 1; }
  # The package lists are refreshed once, and only when they do not know the packages or the install fails on them.
  local updated=""
  if ! apt-cache show vsmartcard-vpcd >/dev/null 2>&1; then
    echo "Refreshing the package lists (apt-get update)..."
    apt-get update -qq || { _pcsc_error "apt-get update failed."; return 1; }
    updated=1
  fi
  echo "Installing ${PCSC_PACKAGES[*]}..."
  if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${PCSC_PACKAGES[@]}" >/dev/null; then
    if [ -n "$updated" ]; then
      _pcsc_error "installing the PC/SC packages failed: $PCSC_INSTALL_LINE"
      return 1
    fi
    echo "Refreshing the package lists (apt-get update) and trying again..."
    apt-get update -qq || { _pcsc_error "apt-get update failed."; return 1; }
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${PCSC_PACKAGES[@]}" >/dev/null \
      || { _pcsc_error "installing the PC/SC packages failed: $PCSC_INSTALL_LINE"; return 1; }
  fi
  missing="$(_pcsc_missing)"
  [ -z "$missing" ] || { _pcsc_error "still missing after the install: $(echo "$missing" | paste -sd ' ' -)."; return 1; }
}

# True when PID $1 is a live pcscd: not gone, not a zombie waiting for its parent, not another program.
_pcscd_alive() {
  local stat
  [ -n "${1:-}" ] || return 1
  [ "$(cat "/proc/$1/comm" 2>/dev/null || true)" = "pcscd" ] || return 1
  stat="$(cat "/proc/$1/stat" 2>/dev/null || true)"
  stat="${stat##*) }"
  [ -n "$stat" ] && [ "${stat%% *}" != "Z" ]
}

# True when PID $1 (a child this shell started) has exited or is a zombie. Not _pcscd_alive: right after `&` the child
# may still be the forked shell that has not exec'd pcscd yet, and reading that as "pcscd died" failed test runs.
_process_ended() {
  local stat
  kill -0 "$1" 2>/dev/null || return 0
  stat="$(cat "/proc/$1/stat" 2>/dev/null || true)"
  stat="${stat##*) }"
  [ -z "$stat" ] || [ "${stat%% *}" = "Z" ]
}

# PIDs of running pcscd processes, from /proc (procps may not be installed).
_pcscd_pids() {
  local dir
  for dir in /proc/[0-9]*; do
    _pcscd_alive "${dir#/proc/}" && echo "${dir#/proc/}"
  done
  return 0
}

# True when something listens on TCP port $1 (any address, IPv4 or IPv6), from /proc (iproute2 may not be installed).
_tcp_port_listening() {
  local hex
  hex="$(printf ':%04X' "$1")"
  awk -v port="$hex" 'FNR > 1 && $4 == "0A" && substr($2, length($2) - 4) == port { found = 1 } END { exit !found }' \
    /proc/net/tcp /proc/net/tcp6 2>/dev/null
}

# _wait_for_pcscd SECONDS [PID]: until the socket exists and vpcd listens; fails early if PID dies.
_wait_for_pcscd() {
  local tries=$(($1 * 10)) pid="${2:-}"
  for _ in $(seq 1 "$tries"); do
    [ -S "$PCSCD_SOCKET" ] && _tcp_port_listening "$VPCD_PORT" && return 0
    if [ -n "$pid" ] && _process_ended "$pid"; then
      return 1
    fi
    sleep 0.1
  done
  return 1
}

_systemd_manages_pcscd() {
  [ -d /run/systemd/system ] && command -v systemctl >/dev/null 2>&1 \
    && systemctl is-active --quiet pcscd.socket 2>/dev/null
}

start_pcscd() {
  # Serialised, so that two test runs starting at once do not both start a pcscd (or clean up the other's socket).
  local pcscd_lock_fd rc=0
  exec {pcscd_lock_fd}>"${TMPDIR:-/tmp}/portal-pcscd.lock"
  if command -v flock >/dev/null 2>&1; then
    flock -w 60 "$pcscd_lock_fd" || true
  fi
  _start_pcscd_locked "$@" || rc=$?
  exec {pcscd_lock_fd}>&-
  return "$rc"
}

_start_pcscd_locked() {
  local log="${1:-${TMPDIR:-/tmp}/portal-pcscd.log}" binary pids
  export PORTAL_PCSCD_LOG="$log"
  if _pcscd_alive "$PCSCD_PID"; then
    export PORTAL_PCSCD=started PORTAL_PCSCD_PID="$PCSCD_PID"
    return 0
  fi
  pids="$(_pcscd_pids | paste -sd ' ' -)"
  if [ -n "$pids" ]; then
    # Someone else's pcscd: used as it is, never stopped here.
    if ! _wait_for_pcscd 5; then
      _pcsc_error "a pcscd is running (PID $pids) but the vpcd driver does not listen on 127.0.0.1:$VPCD_PORT (probably started before vsmartcard-vpcd was installed). Restart it (systemctl restart pcscd, or stop it and run the tests again)."
      return 1
    fi
    export PORTAL_PCSCD=running
    echo "Using the running pcscd (PID $pids) with the vpcd reader on port $VPCD_PORT."
    return 0
  fi
  if _systemd_manages_pcscd; then
    # Debian's pcscd is socket-activated (and exits when idle): systemd starts it on the first PC/SC connection.
    if [ "$(id -u)" -eq 0 ]; then
      systemctl start pcscd.service || { _pcsc_error "systemctl start pcscd.service failed."; return 1; }
      _wait_for_pcscd 10 || { _pcsc_error "pcscd (systemd) started but vpcd does not listen on port $VPCD_PORT; restart it: systemctl restart pcscd"; return 1; }
    fi
    export PORTAL_PCSCD=socket-activated
    echo "pcscd is socket-activated by systemd; the first PC/SC connection starts it."
    return 0
  fi
  binary="$(_pcscd_binary)" || { _pcsc_error "pcscd is not installed; run ensure_pcsc_packages first."; return 1; }
  if [ "$(id -u)" -ne 0 ]; then
    _pcsc_error "pcscd is not running and only root can start it (it owns /run/pcscd): sudo $binary --foreground &"
    return 1
  fi
  # No pcscd is alive, so a socket or PID file left behind by a killed one is stale (pcscd refuses to start over them).
  rm -f "$PCSCD_SOCKET" "$PCSCD_PID_FILE"
  mkdir -p "$(dirname "$log")"
  # Foreground (no fork, so $! is pcscd itself), without --auto-exit (it would quit when idle and close the vpcd port).
  # (The lock's descriptor is closed for it: pcscd would otherwise hold the lock for as long as it runs.)
  "$binary" --foreground >"$log" 2>&1 </dev/null {pcscd_lock_fd}>&- &
  PCSCD_PID=$!
  # 60 s: on a busy 2-core machine (a build beside it) pcscd has been seen to take over 20 s to open vpcd's port.
  if ! _wait_for_pcscd 60 "$PCSCD_PID"; then
    cat "$log" >&2
    stop_pcscd "$PCSCD_PID"
    _pcsc_error "pcscd did not come up with the vpcd reader on port $VPCD_PORT within 60 s (log above)."
    return 1
  fi
  export PORTAL_PCSCD=started PORTAL_PCSCD_PID="$PCSCD_PID"
  echo "Started pcscd (PID $PCSCD_PID, log $log) with the vpcd reader on port $VPCD_PORT."
}

# stop_pcscd [PID]: stops the pcscd this shell started (or the given PID, if it is a pcscd); anything else is left alone.
stop_pcscd() {
  local pid="${1:-$PCSCD_PID}"
  if _pcscd_alive "$pid"; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do
      _pcscd_alive "$pid" || break
      sleep 0.1
    done
    if _pcscd_alive "$pid"; then
      kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
  # Reaps it when this shell is its parent (a no-op otherwise).
  [ -z "$pid" ] || wait "$pid" 2>/dev/null || true
  if [ -z "${1:-}" ] || [ "${1:-}" = "$PCSCD_PID" ]; then
    PCSCD_PID=""
    unset PORTAL_PCSCD PORTAL_PCSCD_PID
  fi
  return 0
}
