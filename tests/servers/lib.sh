# Shared helpers for start.sh, stop.sh and ctl.sh (sourced, not executed).
# shellcheck shell=bash
# shellcheck disable=SC2034  # variables used by the scripts sourcing this

DT_DEFAULT_RUNDIR=/tmp/doorman-test-servers
DT_DOMAIN=example.test
DT_LISTEN=127.0.0.1
DT_PASSWORD=doorman-test
DT_DEFAULT_USERS="sales@example.test prospect@example.test owner@example.test"

dt_log() { echo "doorman-test-servers: $*" >&2; }
dt_die() { dt_log "error: $*"; exit 1; }

dt_require_root() {
    [ "$(id -u)" -eq 0 ] || dt_die "must run as root (Dovecot and Postfix master processes need it)"
}

# dt_set_rundir [RUNDIR]: sets RUNDIR (absolute) and the derived paths.
dt_set_rundir() {
    local arg=${1:-$DT_DEFAULT_RUNDIR}
    case "$arg" in
        /*) ;;
        *) arg="$PWD/$arg" ;;
    esac
    # The path is substituted into Dovecot and Postfix configs: keep it simple.
    if ! [[ "$arg" =~ ^/[A-Za-z0-9._/+-]+$ ]]; then
        dt_die "RUNDIR '$arg' must be an absolute path made of [A-Za-z0-9._/+-] only"
    fi
    arg=${arg%/}
    [ "$arg" != "" ] && [ "$arg" != "/" ] || dt_die "refusing to use / as RUNDIR"
    RUNDIR=$arg
    DOVECOT_DIR=$RUNDIR/dovecot
    DOVECOT_CONF=$DOVECOT_DIR/dovecot.conf
    DOVECOT_PID=$DOVECOT_DIR/run/master.pid
    POSTFIX_BASE=$RUNDIR/postfix
    POSTFIX_DIR=$POSTFIX_BASE/etc
    POSTFIX_SPOOL=$POSTFIX_BASE/spool
    POSTFIX_DATA=$POSTFIX_BASE/data
    POSTFIX_PID=$POSTFIX_SPOOL/pid/master.pid
    TLS_DIR=$RUNDIR/tls
    USERS_FILE=$DOVECOT_DIR/users
    VMAILBOX_FILE=$POSTFIX_DIR/vmailbox
}

# Ports: DOORMAN_TEST_PORT_BASE (default 10000) plus the usual port number,
# each overridable on its own. The input names differ from the names written
# to env.sh on purpose, so a sourced env.sh never pins the ports of a later run.
dt_set_ports() {
    local base=${DOORMAN_TEST_PORT_BASE:-10000}
    [[ "$base" =~ ^[0-9]+$ ]] || dt_die "DOORMAN_TEST_PORT_BASE must be a number"
    IMAP_PORT=${DOORMAN_TEST_PORT_IMAP:-$((base + 143))}
    IMAPS_PORT=${DOORMAN_TEST_PORT_IMAPS:-$((base + 993))}
    SMTP_PORT=${DOORMAN_TEST_PORT_SMTP:-$((base + 25))}
    SUBMISSION_PORT=${DOORMAN_TEST_PORT_SUBMISSION:-$((base + 587))}
    SUBMISSIONS_PORT=${DOORMAN_TEST_PORT_SUBMISSIONS:-$((base + 465))}
    LMTP_PORT=${DOORMAN_TEST_PORT_LMTP:-$((base + 24))}
    AUTH_PORT=${DOORMAN_TEST_PORT_AUTH:-$((base + 26))}
    local p
    for p in "$IMAP_PORT" "$IMAPS_PORT" "$SMTP_PORT" "$SUBMISSION_PORT" "$SUBMISSIONS_PORT" "$LMTP_PORT" "$AUTH_PORT"; do
        [[ "$p" =~ ^[0-9]+$ ]] && [ "$p" -ge 1 ] && [ "$p" -le 65535 ] || dt_die "bad port '$p'"
    done
}

# dt_load_env: ports of the running stack, from the env.sh start.sh wrote.
dt_load_env() {
    [ -f "$RUNDIR/env.sh" ] || dt_die "$RUNDIR/env.sh missing: run tests/servers/start.sh $RUNDIR first"
    # shellcheck disable=SC1091
    . "$RUNDIR/env.sh"
    IMAP_PORT=${DOORMAN_TEST_IMAP_PORT:-}
    IMAPS_PORT=${DOORMAN_TEST_IMAPS_PORT:-}
    SMTP_PORT=${DOORMAN_TEST_SMTP_PORT:-}
    SUBMISSION_PORT=${DOORMAN_TEST_SUBMISSION_PORT:-}
    SUBMISSIONS_PORT=${DOORMAN_TEST_SUBMISSIONS_PORT:-}
    LMTP_PORT=${DOORMAN_TEST_LMTP_PORT:-}
    AUTH_PORT=${DOORMAN_TEST_AUTH_PORT:-}
}

# dt_port_open PORT: true if something accepts connections on 127.0.0.1:PORT.
dt_port_open() {
    [ -n "$1" ] || return 1
    timeout 2 bash -c "exec 3<>/dev/tcp/$DT_LISTEN/$1" 2>/dev/null
}

# dt_wait_ports SECONDS PORT...: wait until every port accepts connections.
dt_wait_ports() {
    local secs=$1; shift
    local deadline=$((SECONDS + secs)) p
    for p in "$@"; do
        until dt_port_open "$p"; do
            if [ "$SECONDS" -ge "$deadline" ]; then
                dt_log "port $DT_LISTEN:$p does not accept connections after ${secs}s"
                return 1
            fi
            sleep 0.1
        done
    done
}

# dt_wait_ports_closed SECONDS PORT...
dt_wait_ports_closed() {
    local secs=$1; shift
    local deadline=$((SECONDS + secs)) p
    for p in "$@"; do
        while dt_port_open "$p"; do
            if [ "$SECONDS" -ge "$deadline" ]; then
                dt_log "port $DT_LISTEN:$p is still in use after ${secs}s"
                return 1
            fi
            sleep 0.1
        done
    done
}

dt_pid_alive() { [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null; }

dt_read_pid() { [ -f "$1" ] && tr -dc '0-9' < "$1" || true; }

# dt_wait_pid_gone PID SECONDS
dt_wait_pid_gone() {
    local pid=$1 secs=$2 deadline=$((SECONDS + $2))
    while dt_pid_alive "$pid"; do
        [ "$SECONDS" -lt "$deadline" ] || return 1
        sleep 0.1
    done
}

dt_dovecot_running() { dt_pid_alive "$(dt_read_pid "$DOVECOT_PID")"; }

dt_dovecot_stop() {
    local pid
    pid=$(dt_read_pid "$DOVECOT_PID")
    if ! dt_pid_alive "$pid"; then
        return 0
    fi
    dt_log "stopping dovecot (pid $pid)"
    dovecot -c "$DOVECOT_CONF" stop >/dev/null 2>&1 || kill -TERM "$pid" 2>/dev/null || true
    if ! dt_wait_pid_gone "$pid" 15; then
        dt_log "dovecot did not stop in 15s, killing it"
        kill -KILL "$pid" 2>/dev/null || true
        dt_wait_pid_gone "$pid" 5 || true
    fi
    # Child processes (imap, login, auth) exit with the master; give them a
    # moment so the listening sockets are gone before a restart.
    dt_wait_ports_closed 10 "$IMAP_PORT" "$IMAPS_PORT" "$LMTP_PORT" "$AUTH_PORT" || true
}

dt_dovecot_start() {
    if dt_dovecot_running; then
        dt_log "dovecot already running (pid $(dt_read_pid "$DOVECOT_PID"))"
    else
        # The daemon must not inherit our stdout/stderr (a caller reading
        # them through a pipe would wait forever) nor the RUNDIR lock (fd 9).
        dovecot -c "$DOVECOT_CONF" </dev/null >/dev/null 2>"$DOVECOT_DIR/start.err" 9>&- || {
            cat "$DOVECOT_DIR/start.err" >&2 || true
            tail -n 30 "$DOVECOT_DIR/dovecot.log" >&2 2>/dev/null || true
            dt_die "dovecot failed to start (config $DOVECOT_CONF)"
        }
    fi
    dt_wait_ports 30 "$IMAP_PORT" "$IMAPS_PORT" "$LMTP_PORT" "$AUTH_PORT" || {
        tail -n 30 "$DOVECOT_DIR/dovecot.log" >&2 2>/dev/null || true
        dt_die "dovecot is not listening (log: $DOVECOT_DIR/dovecot.log)"
    }
}

dt_postfix_running() {
    [ -f "$POSTFIX_DIR/main.cf" ] && dt_pid_alive "$(dt_read_pid "$POSTFIX_PID")"
}

dt_postfix_stop() {
    local pid
    pid=$(dt_read_pid "$POSTFIX_PID")
    if ! dt_pid_alive "$pid"; then
        return 0
    fi
    dt_log "stopping postfix (pid $pid)"
    postfix -c "$POSTFIX_DIR" stop >/dev/null 2>&1 || kill -TERM "$pid" 2>/dev/null || true
    if ! dt_wait_pid_gone "$pid" 15; then
        dt_log "postfix did not stop in 15s, killing it"
        kill -KILL "$pid" 2>/dev/null || true
        dt_wait_pid_gone "$pid" 5 || true
    fi
    dt_wait_ports_closed 10 "$SMTP_PORT" "$SUBMISSION_PORT" "$SUBMISSIONS_PORT" || true
}

dt_postfix_start() {
    if dt_postfix_running; then
        dt_log "postfix already running (pid $(dt_read_pid "$POSTFIX_PID"))"
    else
        postfix -c "$POSTFIX_DIR" start </dev/null >/dev/null 2>"$POSTFIX_BASE/start.err" 9>&- || {
            cat "$POSTFIX_BASE/start.err" >&2
            tail -n 30 "$POSTFIX_BASE/maillog" >&2 2>/dev/null || true
            dt_die "postfix failed to start (config $POSTFIX_DIR)"
        }
    fi
    dt_wait_ports 30 "$SMTP_PORT" "$SUBMISSION_PORT" "$SUBMISSIONS_PORT" || {
        tail -n 30 "$POSTFIX_BASE/maillog" >&2 2>/dev/null || true
        dt_die "postfix is not listening (log: $POSTFIX_BASE/maillog)"
    }
}

# dt_rebuild_vmailbox: Postfix's list of valid recipients = Dovecot's users.
# Built under a temporary name and renamed over the old .db: every smtpd
# checks before accepting a connection whether a table it has open changed
# (mtime, or link count 0 after the rename) and restarts itself if so, so
# the next SMTP session already sees the new list. No reload, no race.
dt_rebuild_vmailbox() {
    local tmp=$VMAILBOX_FILE.tmp
    awk -F: '/^[^#[:space:]]/ { print tolower($1) "\tOK" }' "$USERS_FILE" > "$tmp"
    postmap -c "$POSTFIX_DIR" "hash:$tmp"
    chmod 0644 "$tmp" "$tmp.db"
    mv -f "$tmp.db" "$VMAILBOX_FILE.db"
    mv -f "$tmp" "$VMAILBOX_FILE"
}

# dt_add_user ADDRESS [PASSWORD]: add (or re-password) a mailbox user.
dt_add_user() {
    local user pass=${2:-$DT_PASSWORD}
    user=$(printf '%s' "$1" | tr '[:upper:]' '[:lower:]')
    [[ "$user" =~ ^[a-z0-9._+-]+@[a-z0-9.-]+$ ]] || dt_die "bad address '$1'"
    [ "${user#*@}" = "$DT_DOMAIN" ] || dt_die "'$user' is not in $DT_DOMAIN (the only domain served)"
    case "$pass" in *:*|*$'\n'*) dt_die "password must not contain ':' or newlines" ;; esac
    local tmp=$USERS_FILE.tmp
    { grep -v -i "^$user:" "$USERS_FILE" 2>/dev/null || true
      printf '%s:{PLAIN}%s::::::\n' "$user" "$pass"; } > "$tmp"
    chown root:dovecot "$tmp"
    chmod 0640 "$tmp"
    # Dovecot re-reads the file when its mtime or size changed, but it looks
    # at most once per second. So: make sure the mtime moves, and return only
    # once the clock has passed it; any lookup after that sees the new list.
    local old_mtime new_mtime
    old_mtime=$(stat -c %Y "$USERS_FILE" 2>/dev/null || echo 0)
    if [ "$(date +%s)" -le "$old_mtime" ]; then
        touch -d "@$((old_mtime + 1))" "$tmp"
    fi
    mv -f "$tmp" "$USERS_FILE"
    new_mtime=$(stat -c %Y "$USERS_FILE")
    while [ "$(date +%s)" -le "$new_mtime" ]; do
        sleep 0.05
    done
}

# dt_stop_both: stop Postfix and Dovecot in parallel (each takes 2-3 s).
dt_stop_both() {
    local pf
    dt_postfix_stop &
    pf=$!
    dt_dovecot_stop
    wait "$pf" || true
}
