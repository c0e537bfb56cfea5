#!/usr/bin/env bash
# Stop doorman's private Dovecot and Postfix started by start.sh.
#
#   tests/servers/stop.sh [RUNDIR]      (default /tmp/doorman-test-servers)
#
# Leaves RUNDIR (mail, logs, certificates) in place for inspection; start.sh
# resets it. Safe to run when nothing is running.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lib.sh
. "$HERE/lib.sh"

dt_require_root
dt_set_rundir "${1:-}"
if [ ! -d "$RUNDIR" ]; then
    exit 0
fi
exec 9>"$RUNDIR/.lock"
flock -w 120 9 || dt_die "another start/stop holds $RUNDIR/.lock"

if [ -f "$RUNDIR/env.sh" ]; then
    dt_load_env
else
    dt_set_ports
fi
dt_stop_both
rm -f "$RUNDIR/env.sh"
dt_log "stopped ($RUNDIR)"
