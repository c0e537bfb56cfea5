#!/usr/bin/env bash
# Intake speed on the real Dovecot: the first sync of 3,000 new messages (each screened and
# recorded) and the history import of 100,000 old ones (headers only, no drafts), each beside
# a plain IMAP FETCH of the same folder by Python's imaplib, with the ratio. Needs root (it
# starts the test mail stack). DOORMAN_BENCH_NEW and DOORMAN_BENCH_HISTORY change the sizes;
# the first sync runs DOORMAN_BENCH_SYNCS times (default 3), each on a mailbox of its own with
# its own FETCH, and the median ratio is printed too: one run on a shared machine can be off by
# half. One more first sync takes its 3,000 from mail as real programs write it (tests/field:
# web forms, Outlook, Gmail, forwards, other languages; DOORMAN_BENCH_MAIL names another folder
# of .eml files), for the ratio on messages of a real inbox's sizes and kinds.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$HOME/.cache/doorman/target}
rundir=${DOORMAN_BENCH_RUNDIR:-/tmp/doorman-bench-servers}
export DOORMAN_TEST_PORT_BASE=${DOORMAN_TEST_PORT_BASE:-40000}
new=${DOORMAN_BENCH_NEW:-3000}
history=${DOORMAN_BENCH_HISTORY:-100000}
syncs=${DOORMAN_BENCH_SYNCS:-3}
mail=${DOORMAN_BENCH_MAIL:-tests/field/messages}

cargo build --release --locked --bin doorman
bash tests/servers/install.sh >/dev/null
bash tests/servers/start.sh "$rundir" >/dev/null
work=$(mktemp -d)
cleanup() {
    bash tests/servers/stop.sh "$rundir" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
# shellcheck disable=SC1091
source "$rundir/env.sh"
# shellcheck source=bench/lib.sh
source bench/lib.sh

# One mailbox per measurement: USER COUNT YEAR (0 = arrived now) [FOLDER of .eml to take them from].
measure() {
    local label=$1 user=$2 count=$3 year=$4 from=${5:-}
    $DOORMAN_TEST_ADD_USER "$user" >/dev/null
    if [ -n "$from" ]; then
        python3 bench/intake.py fill-from "$DOORMAN_TEST_MAIL_ROOT/${user%@*}" "$count" "$from"
    else
        python3 bench/intake.py fill "$DOORMAN_TEST_MAIL_ROOT/${user%@*}" "$count" "$year"
    fi
    # Dovecot's mail user must own what was written behind its back.
    chown -R "$(stat -c %u:%g "$rundir/mail")" "$rundir/mail"
    # The first FETCH builds Dovecot's index; both sides are timed on a warm one.
    python3 bench/intake.py fetch "$user" >/dev/null
    local fetch
    fetch=$(python3 bench/intake.py fetch "$user")
    mkdir -p "$work/$label"
    bench_config "$work/$label/doorman.yaml" "$user"
    # doorman's wall time and its CPU (user + system): on a shared machine the wall time
    # follows the other load, and the CPU tells how much work the sync was. How busy the
    # machine's cores were meanwhile (doorman's, Dovecot's and anyone else's work) tells
    # whether the sync waited for the server or for a core.
    DOORMAN_LOG=warn python3 - "$label" "$count" "$fetch" "$work/$label" "$CARGO_TARGET_DIR/release/doorman" <<'PY' ||
import os, resource, subprocess, sys, time
sys.path.insert(0, "bench")
from intake import machine
label, count, fetch, dir, doorman = sys.argv[1:]
fetch, fetch_busy = map(float, fetch.split())
busy = machine()
start = time.monotonic()
with open(f"{dir}/out.txt", "w") as out, open(f"{dir}/run.log", "w") as log:
    code = subprocess.call([doorman, "--config", f"{dir}/doorman.yaml", "run", "--once"], stdout=out, stderr=log)
took = time.monotonic() - start
busy = machine() - busy
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
cpu = usage.ru_utime + usage.ru_stime
if code != 0:
    sys.exit(code)
cores = os.cpu_count()
print(f"{label}: {count} messages: plain IMAP FETCH {fetch:.2f} s, doorman {took:.2f} s (CPU {cpu:.2f} s) = {took / fetch:.1f}x FETCH")
print(f"    the machine's {cores} cores were {busy / (cores * took):.0%} busy during the sync ({busy:.2f} core-seconds) and {fetch_busy / (cores * fetch):.0%} during the FETCH ({fetch_busy:.2f})")
print("   ", open(f"{dir}/out.txt").read().strip())
open(f"{dir}/times.txt", "w").write(f"{fetch} {took} {cpu} {busy / (cores * took)}\n")
PY
        { cat "$work/$label/run.log" >&2; exit 1; }
}

for n in $(seq "$syncs"); do
    measure "first-sync-$n" "bench-new-$n@$DOORMAN_TEST_DOMAIN" "$new" 0
done
python3 - "$work" "$syncs" <<'PY'
import statistics, sys
work, syncs = sys.argv[1], int(sys.argv[2])
runs = [tuple(map(float, open(f"{work}/first-sync-{n}/times.txt").read().split())) for n in range(1, syncs + 1)]
fetch = statistics.median(f for f, _, _, _ in runs)
took = statistics.median(t for _, t, _, _ in runs)
cpu = statistics.median(c for _, _, c, _ in runs)
busy = statistics.median(b for _, _, _, b in runs)
ratio = statistics.median(t / f for f, t, _, _ in runs)
print(f"first sync, median of {syncs}: plain IMAP FETCH {fetch:.2f} s, doorman {took:.2f} s (CPU {cpu:.2f} s, the cores {busy:.0%} busy); median ratio {ratio:.1f}x FETCH")
PY
measure "first-sync-real-mail" "bench-mail@$DOORMAN_TEST_DOMAIN" "$new" 0 "$mail"
measure "history-import" "bench-old@$DOORMAN_TEST_DOMAIN" "$history" 2016
