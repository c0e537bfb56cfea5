#!/usr/bin/env bash
# The scoring bench on the SpamAssassin corpus, this tree beside a baseline commit, in one run:
# both bench binaries are built (the baseline in its own git worktree and target folder), then
# run in turn, several times each, so a busy machine slows both alike. Prints each side's best
# "doorman parse + score" time and the ratio.
#
#   bench/score-vs-baseline.sh [COMMIT]     (default 1e58845, before the multilingual pack)
#
# DOORMAN_SA_CORPUS (default target/spamassassin, see scripts/fetch-spamassassin.sh) and
# DOORMAN_BENCH_ROUNDS (default 5) are read.
set -euo pipefail
cd "$(dirname "$0")/.."
baseline=${1:-1e58845}
rounds=${DOORMAN_BENCH_ROUNDS:-5}
export DOORMAN_SA_CORPUS=${DOORMAN_SA_CORPUS:-$PWD/target/spamassassin}
target=${CARGO_TARGET_DIR:-$PWD/target}
# The baseline's worktree and target folder; both can be pointed at an existing checkout.
base_target=${DOORMAN_BASELINE_TARGET_DIR:-$target/baseline}
base_tree=${DOORMAN_BASELINE_TREE:-$target/baseline-tree}

# The path of the bench binary cargo prints when it builds it.
bench_binary() {
    cargo bench --locked --bench score --no-run 2>&1 |
        sed -n 's/.*Executable benches\/score.rs (\(.*\))/\1/p' | tail -n 1
}

if [[ ! -e $base_tree ]]; then
    git worktree add --detach "$base_tree" "$baseline" >/dev/null
fi
if [[ $(git -C "$base_tree" rev-parse HEAD) != $(git rev-parse "$baseline^{commit}") ]]; then
    git -C "$base_tree" checkout --quiet --detach "$baseline"
fi
base=$(cd "$base_tree" && CARGO_TARGET_DIR=$base_target bench_binary)
ours=$(CARGO_TARGET_DIR=$target bench_binary)
[[ -x $base && -x $ours ]] || { echo "cannot build the bench binaries" >&2; exit 1; }

# Microseconds per message of one run of a bench binary.
per_message() {
    DOORMAN_BENCH_ONLY=full "$1" | sed -n 's/^doorman parse + score.*(\([0-9.]*\) µs per message)/\1/p'
}

base_runs=() our_runs=()
for _ in $(seq "$rounds"); do
    base_runs+=("$(per_message "$base")")
    our_runs+=("$(per_message "$ours")")
done
best() { printf '%s\n' "$@" | sort -g | head -n 1; }
b=$(best "${base_runs[@]}")
o=$(best "${our_runs[@]}")
echo "baseline $baseline: $b µs per message (runs: ${base_runs[*]})"
echo "this tree $(git rev-parse --short HEAD): $o µs per message (runs: ${our_runs[*]})"
awk -v b="$b" -v o="$o" 'BEGIN { printf "ratio: %.3f (%+.1f%%)\n", o / b, (o / b - 1) * 100 }'
