#!/usr/bin/env bash
# Playwright drives Debian's Chromium (this network cannot download Playwright's own browser).
# Installs it with apt-get when missing; PLAYWRIGHT_CHROMIUM_PATH points elsewhere if you have one.
set -euo pipefail
if [ -n "${PLAYWRIGHT_CHROMIUM_PATH:-}" ] || [ -x /usr/bin/chromium ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "Chromium is missing at /usr/bin/chromium and this user cannot install it: run 'apt-get install chromium' as root, or set PLAYWRIGHT_CHROMIUM_PATH." >&2
    exit 1
  fi
fi
echo "Installing Debian's chromium for the browser tests..." >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends chromium
