#!/usr/bin/env bash
# Runs a command inside its own D-Bus session with an unlocked gnome-keyring, so the vault
# talks to a real Secret Service (as on a Linux desktop). Keyring files stay in the checkout.
set -euo pipefail
# Only Linux has a Secret Service to start; elsewhere the OS keychain is simply there.
if [ "$(uname -s)" != "Linux" ]; then exec "$@"; fi
if [ -z "${KC_IN_KEYRING_SESSION:-}" ]; then
  export KC_IN_KEYRING_SESSION=1
  exec dbus-run-session -- "$0" "$@"
fi
here="$(cd "$(dirname "$0")/.." && pwd)"
export XDG_DATA_HOME="${XDG_DATA_HOME:-$here/.xdg/data}"
export XDG_CACHE_HOME="${XDG_CACHE_HOME:-$here/.xdg/cache}"
export XDG_CONFIG_HOME="${XDG_CONFIG_HOME:-$here/.xdg/config}"
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$here/.xdg/run}"
mkdir -p "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_CONFIG_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# a fixed test password unlocks (and on first use creates) the login keyring
eval "$(printf 'kundencenter-test\n' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
exec "$@"
