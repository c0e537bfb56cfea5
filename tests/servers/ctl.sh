#!/usr/bin/env bash
# Control a running test stack (used by the commands exported in env.sh).
#
#   tests/servers/ctl.sh RUNDIR dovecot start|stop|restart|status
#   tests/servers/ctl.sh RUNDIR postfix start|stop|restart|status|flush
#   tests/servers/ctl.sh RUNDIR add-user ADDRESS [PASSWORD]
#
# "start" returns once the ports accept connections, "stop" once the
# processes are gone. add-user adds (or changes the password of) a mailbox
# in example.test, for Dovecot and for Postfix's recipient list; the default
# password is doorman-test.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lib.sh
. "$HERE/lib.sh"

usage() { sed -n '3,7p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
[ $# -ge 2 ] || usage
dt_require_root
dt_set_rundir "$1"
dt_load_env
what=$2
shift 2

case "$what" in
dovecot)
    case "${1:-}" in
    start) dt_dovecot_start ;;
    stop) dt_dovecot_stop ;;
    restart) dt_dovecot_stop; dt_dovecot_start ;;
    status) if dt_dovecot_running; then echo running; else echo stopped; exit 1; fi ;;
    *) usage ;;
    esac ;;
postfix)
    case "${1:-}" in
    start) dt_postfix_start ;;
    stop) dt_postfix_stop ;;
    restart) dt_postfix_stop; dt_postfix_start ;;
    status) if dt_postfix_running; then echo running; else echo stopped; exit 1; fi ;;
    flush) postqueue -c "$POSTFIX_DIR" -f ;;
    *) usage ;;
    esac ;;
add-user)
    [ $# -ge 1 ] || usage
    exec 9>"$RUNDIR/.lock"
    flock -w 60 9 || dt_die "another start/stop holds $RUNDIR/.lock"
    dt_add_user "$1" "${2:-$DT_PASSWORD}"
    dt_rebuild_vmailbox
    # Dovecot re-reads its passwd-file when it changes; Postfix's smtpd
    # processes notice the new recipient table before their next connection.
    ;;
*) usage ;;
esac
