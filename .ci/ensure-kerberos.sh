#!/usr/bin/env bash
# Kerberos (issue 15): the optional `kerberos` npm package compiles at install time against
# libkrb5-dev (with a C++ toolchain and Python for node-gyp), and the Negotiate integration tests
# and bench build a scratch MIT realm with krb5-kdc and krb5-user (stopped by PID). Installs the
# Debian packages with apt-get when one is missing; run it before `npm ci` so the package builds.
set -euo pipefail
missing=()
[ -f /usr/include/gssapi/gssapi_krb5.h ] || missing+=(libkrb5-dev)
command -v krb5kdc >/dev/null 2>&1 || [ -x /usr/sbin/krb5kdc ] || missing+=(krb5-kdc)
command -v kinit >/dev/null 2>&1 || missing+=(krb5-user)
command -v g++ >/dev/null 2>&1 && command -v make >/dev/null 2>&1 || missing+=(build-essential)
command -v python3 >/dev/null 2>&1 || missing+=(python3)
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "${missing[*]} missing and this user cannot install them: run 'apt-get install ${missing[*]}' as root." >&2
    exit 1
  fi
fi
echo "Installing Debian's ${missing[*]} for Kerberos (Negotiate)..." >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
# krb5-kdc's postinst asks nothing with noninteractive, and starts no KDC in a container without init.
$SUDO apt-get install -y --no-install-recommends "${missing[@]}"
