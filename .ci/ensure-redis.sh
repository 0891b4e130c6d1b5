#!/usr/bin/env bash
# The share-worker tests start their own redis-server on a loopback port (and stop it by PID).
# Installs Debian's redis-server with apt-get when it is missing; nothing is started here.
set -euo pipefail
if command -v redis-server >/dev/null 2>&1; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "redis-server is missing and this user cannot install it: run 'apt-get install redis-server' as root." >&2
    exit 1
  fi
fi
echo "Installing Debian's redis-server for the share-worker tests..." >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends redis-server
