#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine with Node 20 for Copydesk: Debian packages, npm packages,
# and code-server (a real VS Code in headless Chromium) for the extension-host and UI tests.
# Idempotent: quick when everything is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

DEBIAN_PACKAGES=(chromium neovim ripgrep libkrb5-dev libxkbfile-dev libsecret-1-dev libx11-dev)
missing=()
for p in "${DEBIAN_PACKAGES[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing Debian packages: ${missing[*]}"
  SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if [[ ! -d node_modules ]] || [[ package-lock.json -nt node_modules/.package-lock.json ]]; then
  echo "setup: npm ci"
  npm ci --no-audit --no-fund
fi

bash scripts/install-code-server.sh
echo "setup: done"
