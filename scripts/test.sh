#!/usr/bin/env bash
# Runs every test, real mail servers and a real browser included, on a fresh Debian machine
# with Rust: installs Dovecot, Postfix and Chromium from Debian packages, starts private mail
# servers on loopback, fetches the SpamAssassin corpus, runs `cargo test`, and stops the
# servers again.
set -euo pipefail
cd "$(dirname "$0")/.."
cache=${DOORMAN_CACHE:-$HOME/.cache/doorman}
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$cache/target}
export DOORMAN_SA_CORPUS=${DOORMAN_SA_CORPUS:-$cache/spamassassin}
mkdir -p "$cache"

scripts/fetch-spamassassin.sh "$DOORMAN_SA_CORPUS"
bash tests/servers/install.sh

# The browser tests (tests/it/browser.rs) drive Debian's Chromium through its chromedriver.
# Only what is missing is installed; DejaVu keeps the screenshots' fonts the same everywhere.
browser=(chromium chromium-driver fonts-dejavu-core)
missing=()
for package in "${browser[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
        missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
    echo "test.sh: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    # On a machine whose package lists were never fetched, the first try fails.
    apt-get install -y --no-install-recommends "${missing[@]}" ||
        { apt-get update && apt-get install -y --no-install-recommends "${missing[@]}"; }
fi

rundir=${DOORMAN_TEST_RUNDIR:-/tmp/doorman-test-servers}
bash tests/servers/start.sh "$rundir"
trap 'bash tests/servers/stop.sh "$rundir" >/dev/null 2>&1 || true' EXIT
# shellcheck disable=SC1091
source "$rundir/env.sh"

cargo test --locked "$@"
