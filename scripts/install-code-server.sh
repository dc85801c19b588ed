#!/usr/bin/env bash
# Installs code-server (VS Code in the browser) into .tools/code-server so the
# extension-host tests (test/e2e) can run a real VS Code on a machine that can
# neither download desktop VS Code nor reach GitHub: only the npm registry and
# Debian's packages are needed. Idempotent: returns at once when the pinned
# version is already installed.
#
# Usage: scripts/install-code-server.sh [--force]
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
# @vscode/ripgrep, pinned by code-server's lib/vscode/npm-shrinkwrap.json, and
# the ripgrep release its postinstall would download from GitHub.
RIPGREP_PKG_VERSION=1.15.11
RIPGREP_ASSET=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DEST="$ROOT/.tools/code-server"
MARKER="$DEST/.installed-$CODE_SERVER_VERSION"
PKG="$DEST/node_modules/code-server"

log() { printf '[install-code-server] %s\n' "$*"; }
die() { printf '[install-code-server] ERROR: %s\n' "$*" >&2; exit 1; }

installed_version() {
  [ -f "$PKG/package.json" ] || return 0
  node -p "require(process.argv[1]).version" "$PKG/package.json" 2>/dev/null || true
}

if [ "${1:-}" != "--force" ] && [ -f "$MARKER" ] && [ "$(installed_version)" = "$CODE_SERVER_VERSION" ] \
  && [ -e "$PKG/lib/vscode/node_modules.asar" ]; then
  log "code-server $CODE_SERVER_VERSION already installed in ${DEST#$ROOT/}"
  exit 0
fi

[ "$(uname -s)" = Linux ] && [ "$(uname -m)" = x86_64 ] || die "only linux x86_64 is supported"
command -v node >/dev/null || die "node is not installed"
NODE_MAJOR="$(node -p 'process.versions.node.split(".")[0]')"
[ "$NODE_MAJOR" = 20 ] || die "code-server $CODE_SERVER_VERSION needs Node 20 (found $(node -v))"

# --- Debian packages --------------------------------------------------------
# Compilers for the native modules (kerberos, node-pty, spdlog, argon2, ...),
# their -dev headers, ripgrep for VS Code's search and Chromium to drive the UI.
DEB_PACKAGES=(build-essential python3 pkg-config git ca-certificates
  libkrb5-dev libxkbfile-dev libsecret-1-dev libx11-dev ripgrep chromium)
missing=()
for p in "${DEB_PACKAGES[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  log "installing Debian packages: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y "${missing[@]}"
fi
command -v rg >/dev/null || die "rg (ripgrep) not found after installing Debian packages"

# --- ripgrep download cache ---------------------------------------------------
# @vscode/ripgrep's postinstall downloads rg from GitHub unless this file is in
# its cache; put Debian's rg there instead (the tarball holds `rg` at its root).
CACHE_DIR="${TMPDIR:-/tmp}/vscode-ripgrep-cache-$RIPGREP_PKG_VERSION"
CACHE_TGZ="$CACHE_DIR/$RIPGREP_ASSET"
if [ ! -s "$CACHE_TGZ" ]; then
  log "creating ripgrep cache $CACHE_TGZ from $(command -v rg)"
  mkdir -p "$CACHE_DIR"
  staging="$(mktemp -d)"
  cp "$(command -v rg)" "$staging/rg"
  chmod 755 "$staging/rg"
  tar -czf "$CACHE_TGZ.tmp" -C "$staging" rg
  mv "$CACHE_TGZ.tmp" "$CACHE_TGZ"
  rm -rf "$staging"
fi

# --- code-server from npm ---------------------------------------------------
log "installing code-server $CODE_SERVER_VERSION into ${DEST#$ROOT/} (takes a few minutes)"
start=$(date +%s)
rm -rf "$DEST"
mkdir -p "$DEST"
cat >"$DEST/package.json" <<EOF
{
  "name": "copydesk-e2e-code-server",
  "private": true,
  "description": "code-server for copydesk's extension-host tests; installed by scripts/install-code-server.sh",
  "dependencies": {
    "code-server": "$CODE_SERVER_VERSION"
  },
  "allowScripts": {
    "code-server": true,
    "argon2": true
  }
}
EOF

export npm_config_yes=true
export npm_config_unsafe_perm=true
export npm_config_audit=false
export npm_config_fund=false
export npm_config_update_notifier=false
# Build native modules against the installed Node's headers: node-gyp must not
# try to download them.
NODE_PREFIX="$(node -p 'require("path").resolve(process.execPath, "../..")')"
if [ -f "$NODE_PREFIX/include/node/node.h" ]; then
  export npm_config_nodedir="$NODE_PREFIX"
elif [ -f /usr/include/node/node.h ]; then
  export npm_config_nodedir=/usr
else
  log "warning: no Node headers under $NODE_PREFIX/include/node; node-gyp will try to download them"
fi
# Prebuilt-binary downloaders (prebuild-install, node-pre-gyp) reach for GitHub,
# fail at once without network, and fall back to building from source.
export ELECTRON_SKIP_BINARY_DOWNLOAD=1
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export TMPDIR="${TMPDIR:-/tmp}"

(cd "$DEST" && npm install --no-package-lock --omit=dev --loglevel=warn) \
  || die "npm install of code-server failed (see the output above)"

[ "$(installed_version)" = "$CODE_SERVER_VERSION" ] || die "code-server $CODE_SERVER_VERSION not found after npm install"
[ -e "$PKG/lib/vscode/node_modules.asar" ] || die "code-server's postinstall did not finish (lib/vscode/node_modules.asar missing)"
RG="$PKG/lib/vscode/node_modules/@vscode/ripgrep/bin/rg"
[ -x "$RG" ] || die "ripgrep binary missing at $RG"

touch "$MARKER"
log "code-server $CODE_SERVER_VERSION installed in $(( $(date +%s) - start ))s"
