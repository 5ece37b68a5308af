#!/usr/bin/env bash
# Runs a command inside a fresh D-Bus session bus with an unlocked gnome-keyring, for headless
# machines (CI):   scripts/with-keyring.sh npx vitest run
# The keyring lives in a throwaway folder with a random password; the command keeps its own
# HOME and environment and only gains DBUS_SESSION_BUS_ADDRESS. Needs dbus (dbus-run-session,
# dbus-send) and gnome-keyring. The vault's own tests do not need this: they start private buses.
set -euo pipefail

if [[ $# -eq 0 ]]; then
  echo "usage: $0 <command> [args...]" >&2
  exit 2
fi

if [[ -z "${WITH_KEYRING_ROOT:-}" ]]; then
  for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
    command -v "$tool" >/dev/null || {
      echo "$0: $tool is missing; install the dbus and gnome-keyring packages" >&2
      exit 127
    }
  done
  root="$(mktemp -d "${TMPDIR:-/tmp}/ctm-keyring.XXXXXX")"
  mkdir -m 700 "$root/home" "$root/run" "$root/data" "$root/config"
  # A bus with no service folders: the stock one would auto-start a second gnome-keyring (with
  # the real HOME) for any call made before ours owns org.freedesktop.secrets.
  cat >"$root/bus.conf" <<CONF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir=$root/run</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
CONF
  status=0
  WITH_KEYRING_ROOT="$root" dbus-run-session --config-file="$root/bus.conf" -- "$0" "$@" || status=$?
  rm -rf "$root"
  exit "$status"
fi

root="$WITH_KEYRING_ROOT"
unset WITH_KEYRING_ROOT
daemon_pid=""
cleanup() {
  if [[ -n "$daemon_pid" ]]; then
    kill "$daemon_pid" 2>/dev/null || true
    wait "$daemon_pid" 2>/dev/null || true
  fi
}
trap cleanup EXIT

# The daemon gets its own HOME and XDG folders so it never touches a real keyring.
password="$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
printf '%s' "$password" | env HOME="$root/home" XDG_RUNTIME_DIR="$root/run" \
  XDG_DATA_HOME="$root/data" XDG_CONFIG_HOME="$root/config" \
  gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null 2>"$root/daemon.log" &
daemon_pid=$!

bus_call() {
  dbus-send --session --print-reply "$@" 2>/dev/null
}
# First the name (asking the bus itself), then the login keyring's Locked property.
ready=""
for _ in $(seq 1 200); do
  if bus_call --dest=org.freedesktop.DBus / org.freedesktop.DBus.NameHasOwner \
    string:org.freedesktop.secrets | grep -q 'boolean true' &&
    bus_call --dest=org.freedesktop.secrets /org/freedesktop/secrets/collection/login \
      org.freedesktop.DBus.Properties.Get string:org.freedesktop.Secret.Collection \
      string:Locked | grep -q 'boolean false'; then
    ready=1
    break
  fi
  sleep 0.05
done
if [[ -z "$ready" ]]; then
  echo "$0: gnome-keyring did not come up unlocked within 10 s" >&2
  cat "$root/daemon.log" >&2
  exit 1
fi

# Not exec: the trap must still stop the daemon.
status=0
"$@" || status=$?
exit "$status"
