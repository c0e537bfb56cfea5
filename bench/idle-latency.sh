#!/usr/bin/env bash
# Latency from delivery to a queued draft under IMAP IDLE: 100 prospect messages are sent one
# by one through the real Postfix into the real Dovecot; doorman (release build) watches the
# inbox with IDLE; for each message the time from Postfix accepting it to doorman's draft row
# is measured. Prints median and p95. Needs root (it starts the test mail stack).
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$HOME/.cache/doorman/target}
rundir=${DOORMAN_BENCH_RUNDIR:-/tmp/doorman-bench-servers}
export DOORMAN_TEST_PORT_BASE=${DOORMAN_TEST_PORT_BASE:-40000}

cargo build --release --locked --bin doorman
bash tests/servers/install.sh >/dev/null
bash tests/servers/start.sh "$rundir" >/dev/null
work=$(mktemp -d)
cleanup() {
    [[ -n ${pid:-} ]] && kill "$pid" 2>/dev/null || true
    bash tests/servers/stop.sh "$rundir" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
# shellcheck disable=SC1091
source "$rundir/env.sh"
# shellcheck source=bench/lib.sh
source bench/lib.sh

bench_config "$work/doorman.yaml" "$DOORMAN_TEST_SALES_USER"
DOORMAN_LOG=warn "$CARGO_TARGET_DIR/release/doorman" --config "$work/doorman.yaml" run 2>"$work/run.log" &
pid=$!
sleep 2
python3 bench/idle_latency.py "$work/doorman.sqlite" "${DOORMAN_BENCH_MESSAGES:-100}"
