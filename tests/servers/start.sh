#!/usr/bin/env bash
# Start doorman's private mail test stack: a real Dovecot (IMAP, LMTP, SASL)
# and a real Postfix (SMTP in, submission), on 127.0.0.1 only, all state under
# RUNDIR (default /tmp/doorman-test-servers).
#
#   tests/servers/start.sh [RUNDIR]
#
# Idempotent: instances already running from RUNDIR are stopped first, and the
# mail store, queue and user list are reset (set DOORMAN_TEST_KEEP_STATE=1 to
# keep mail, queue and added users). The test CA and server certificate are
# kept while valid. When everything accepts connections it writes RUNDIR/env.sh
# for tests to source. Ports: see DOORMAN_TEST_PORT_BASE in lib.sh / README.
#
# Needs root and the packages from tests/servers/install.sh.
set -euo pipefail
umask 022

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
# shellcheck source=lib.sh
. "$HERE/lib.sh"

dt_require_root
for bin in dovecot postfix postconf openssl awk timeout flock runuser; do
    command -v "$bin" >/dev/null 2>&1 || dt_die "'$bin' not found: run tests/servers/install.sh"
done
for u in postfix dovecot dovenull; do
    getent passwd "$u" >/dev/null || dt_die "system user '$u' missing: run tests/servers/install.sh"
done

dt_set_rundir "${1:-}"
dt_set_ports
MAIL_USER=${DOORMAN_TEST_MAIL_USER:-mail}
MAIL_UID=$(id -u "$MAIL_USER" 2>/dev/null) || dt_die "mail user '$MAIL_USER' does not exist"
[ "$MAIL_UID" -ne 0 ] || dt_die "mail user must not be root"

# The unprivileged daemons (dovenull, dovecot, postfix, the mail user) must be
# able to reach RUNDIR: a RUNDIR under a 0700 home directory will not work.
check_reach() {
    local u
    for u in dovenull dovecot postfix "$MAIL_USER"; do
        runuser -u "$u" -- test -x "$1" ||
            dt_die "user '$u' cannot enter $1 (not world-searchable); pick a RUNDIR under /tmp, for example"
    done
}
existing=$RUNDIR
while [ ! -e "$existing" ]; do existing=$(dirname "$existing"); done
check_reach "$existing"
(umask 022 && mkdir -p "$RUNDIR")
chmod 0755 "$RUNDIR"
check_reach "$RUNDIR"
exec 9>"$RUNDIR/.lock"
flock -w 120 9 || dt_die "another start/stop holds $RUNDIR/.lock"

# --- 1. stop what runs from this RUNDIR ------------------------------------
# Ports of the previous run come from its env.sh, ours may differ.
if [ -f "$RUNDIR/env.sh" ]; then
    (
        dt_load_env
        dt_stop_both
    ) || true
fi
# Also covers a previous run that died before writing env.sh.
(dt_stop_both) || true
rm -f "$RUNDIR/env.sh"

busy=()
for p in "$IMAP_PORT" "$IMAPS_PORT" "$SMTP_PORT" "$SUBMISSION_PORT" "$SUBMISSIONS_PORT" "$LMTP_PORT" "$AUTH_PORT"; do
    if dt_port_open "$p"; then busy+=("$p"); fi
done
if [ "${#busy[@]}" -gt 0 ]; then
    dt_die "port(s) ${busy[*]} on $DT_LISTEN already in use (another stack from a different RUNDIR?). Stop it, or choose other ports with DOORMAN_TEST_PORT_BASE=20000 (or DOORMAN_TEST_PORT_IMAP=..., _IMAPS, _SMTP, _SUBMISSION, _SUBMISSIONS, _LMTP, _AUTH)"
fi

# --- 2. fresh state -----------------------------------------------------------
if [ "${DOORMAN_TEST_KEEP_STATE:-0}" != 1 ]; then
    rm -rf "${RUNDIR:?}/mail" "${RUNDIR:?}/home" "$DOVECOT_DIR" "$POSTFIX_BASE"
fi
# Runtime directories are always recreated; Dovecot and Postfix fill them.
rm -rf "$DOVECOT_DIR/run" "$POSTFIX_SPOOL/pid"
mkdir -p "$RUNDIR/mail" "$RUNDIR/home" "$DOVECOT_DIR" "$POSTFIX_DIR" "$POSTFIX_SPOOL" "$POSTFIX_DATA" "$TLS_DIR"
chown "$MAIL_USER:$MAIL_USER" "$RUNDIR/mail" "$RUNDIR/home"
chmod 0755 "$RUNDIR/mail" "$RUNDIR/home" "$DOVECOT_DIR" "$POSTFIX_BASE" "$POSTFIX_DIR"
# Postfix insists: queue_directory owned by root, data_directory by postfix.
chown root:root "$POSTFIX_SPOOL" "$POSTFIX_DIR"
chmod 0755 "$POSTFIX_SPOOL"
chown postfix:postfix "$POSTFIX_DATA"
chmod 0700 "$POSTFIX_DATA"

# --- 3. test CA and server certificate ---------------------------------------
cert_ok() {
    [ -s "$TLS_DIR/ca.pem" ] && [ -s "$TLS_DIR/ca.key" ] && [ -s "$TLS_DIR/server.pem" ] && [ -s "$TLS_DIR/server.key" ] &&
        openssl x509 -in "$TLS_DIR/ca.pem" -noout -checkend 86400 >/dev/null 2>&1 &&
        openssl x509 -in "$TLS_DIR/server.pem" -noout -checkend 86400 >/dev/null 2>&1 &&
        openssl verify -CAfile "$TLS_DIR/ca.pem" "$TLS_DIR/server.pem" >/dev/null 2>&1 &&
        openssl x509 -in "$TLS_DIR/server.pem" -noout -checkhost localhost 2>/dev/null | grep -q 'does match' &&
        openssl x509 -in "$TLS_DIR/server.pem" -noout -checkip 127.0.0.1 2>/dev/null | grep -q 'does match'
}
if ! cert_ok; then
    dt_log "generating test CA and server certificate in $TLS_DIR"
    rm -f "$TLS_DIR"/*
    cat > "$TLS_DIR/openssl.cnf" <<'EOF'
[ req ]
distinguished_name = dn
prompt = no
[ dn ]
CN = placeholder
[ v3_ca ]
basicConstraints = critical, CA:TRUE, pathlen:0
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[ v3_server ]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = DNS:localhost, IP:127.0.0.1
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid, issuer
EOF
    (
        umask 077
        openssl req -x509 -new -newkey rsa:2048 -nodes -sha256 -days 3650 \
            -config "$TLS_DIR/openssl.cnf" -extensions v3_ca \
            -subj "/O=doorman tests/CN=doorman test CA" \
            -keyout "$TLS_DIR/ca.key" -out "$TLS_DIR/ca.pem" 2>/dev/null
        openssl req -new -newkey rsa:2048 -nodes -sha256 \
            -config "$TLS_DIR/openssl.cnf" \
            -subj "/O=doorman tests/CN=localhost" \
            -keyout "$TLS_DIR/server.key" -out "$TLS_DIR/server.csr" 2>/dev/null
        openssl x509 -req -sha256 -days 825 -set_serial "0x$(openssl rand -hex 16)" \
            -in "$TLS_DIR/server.csr" -CA "$TLS_DIR/ca.pem" -CAkey "$TLS_DIR/ca.key" \
            -extfile "$TLS_DIR/openssl.cnf" -extensions v3_server \
            -out "$TLS_DIR/server.pem" 2>/dev/null
    )
    rm -f "$TLS_DIR/server.csr"
    cert_ok || dt_die "generated certificate does not verify"
fi
chmod 0644 "$TLS_DIR/ca.pem" "$TLS_DIR/server.pem"
chmod 0600 "$TLS_DIR/ca.key" "$TLS_DIR/server.key"
cp -f "$TLS_DIR/ca.pem" "$RUNDIR/ca.pem"

# --- 4. render configs --------------------------------------------------------
render() { # render TEMPLATE OUTPUT
    sed -e "s|@@RUNDIR@@|$RUNDIR|g" \
        -e "s|@@LISTEN@@|$DT_LISTEN|g" \
        -e "s|@@IMAP_PORT@@|$IMAP_PORT|g" \
        -e "s|@@IMAPS_PORT@@|$IMAPS_PORT|g" \
        -e "s|@@SMTP_PORT@@|$SMTP_PORT|g" \
        -e "s|@@SUBMISSION_PORT@@|$SUBMISSION_PORT|g" \
        -e "s|@@SUBMISSIONS_PORT@@|$SUBMISSIONS_PORT|g" \
        -e "s|@@LMTP_PORT@@|$LMTP_PORT|g" \
        -e "s|@@AUTH_PORT@@|$AUTH_PORT|g" \
        -e "s|@@MAIL_USER@@|$MAIL_USER|g" \
        -e "s|@@MAIL_UID@@|$MAIL_UID|g" \
        -e "s|@@DOMAIN@@|$DT_DOMAIN|g" \
        -e "s|@@POSTMASTER@@|postmaster@$DT_DOMAIN|g" \
        "$1" > "$2.tmp"
    if grep -n '^[^#]*@@[A-Z_]*@@' "$2.tmp" >&2; then
        dt_die "unsubstituted placeholder in $2"
    fi
    mv -f "$2.tmp" "$2"
}
render "$REPO/deploy/dovecot/dovecot.conf" "$DOVECOT_CONF"
render "$REPO/deploy/dovecot/oauth2.conf.ext" "$DOVECOT_DIR/oauth2.conf.ext"
chmod 0644 "$DOVECOT_DIR/oauth2.conf.ext"
# The HMAC key that signs test OAuth2 tokens: base64, no newline, in the path
# Dovecot looks up for tokens without `azp` and `kid`.
OAUTH2_KEY_DIR=$DOVECOT_DIR/oauth2-keys/default/HS256
if [ ! -s "$OAUTH2_KEY_DIR/default" ]; then
    mkdir -p "$OAUTH2_KEY_DIR"
    openssl rand -base64 32 | tr -d '\n' > "$OAUTH2_KEY_DIR/default"
fi
chmod -R a+rX "$DOVECOT_DIR/oauth2-keys"
render "$REPO/deploy/postfix/main.cf" "$POSTFIX_DIR/main.cf"
render "$REPO/deploy/postfix/master.cf" "$POSTFIX_DIR/master.cf"
chmod 0644 "$DOVECOT_CONF" "$POSTFIX_DIR/main.cf" "$POSTFIX_DIR/master.cf"

# Users: keep an existing list only with DOORMAN_TEST_KEEP_STATE=1.
# (Written directly: dt_add_user waits for Dovecot to notice, not needed yet.)
if [ ! -s "$USERS_FILE" ]; then
    for u in $DT_DEFAULT_USERS; do
        printf '%s:{PLAIN}%s::::::\n' "$u" "$DT_PASSWORD"
    done > "$USERS_FILE"
fi
chown root:dovecot "$USERS_FILE"
chmod 0640 "$USERS_FILE"
# IMAP logins "secured" only by being on loopback are refused (see dovecot.conf).
printf 'imap-secured:::::::\n' > "$DOVECOT_DIR/deny-plaintext"
chown root:dovecot "$DOVECOT_DIR/deny-plaintext"
chmod 0640 "$DOVECOT_DIR/deny-plaintext"
dt_rebuild_vmailbox

# Fail early, with the real message, on a config error.
doveconf -c "$DOVECOT_CONF" -n >/dev/null 2>"$DOVECOT_DIR/doveconf.err" || {
    cat "$DOVECOT_DIR/doveconf.err" >&2
    dt_die "dovecot config $DOVECOT_CONF is invalid"
}
# Creates the queue subdirectories with the ownership Postfix expects, and
# reports configuration problems.
postfix -c "$POSTFIX_DIR" check 2>"$POSTFIX_BASE/check.err" || {
    cat "$POSTFIX_BASE/check.err" >&2
    dt_die "postfix -c $POSTFIX_DIR check failed"
}
if [ -s "$POSTFIX_BASE/check.err" ]; then
    sed 's/^/  postfix check: /' "$POSTFIX_BASE/check.err" >&2
fi

# --- 5. start -----------------------------------------------------------------
dt_dovecot_start
dt_postfix_start

# --- 6. env.sh ----------------------------------------------------------------
CTL="$HERE/ctl.sh $RUNDIR"
cat > "$RUNDIR/env.sh.tmp" <<EOF
# Written by tests/servers/start.sh; source it: . $RUNDIR/env.sh
export DOORMAN_TEST_RUNDIR=$RUNDIR
export DOORMAN_TEST_DOMAIN=$DT_DOMAIN
export DOORMAN_TEST_IMAP_HOST=$DT_LISTEN
export DOORMAN_TEST_SMTP_HOST=$DT_LISTEN
# Name to verify the server certificate against (it also covers IP 127.0.0.1).
export DOORMAN_TEST_TLS_NAME=localhost
export DOORMAN_TEST_IMAP_PORT=$IMAP_PORT
export DOORMAN_TEST_IMAPS_PORT=$IMAPS_PORT
export DOORMAN_TEST_SMTP_PORT=$SMTP_PORT
export DOORMAN_TEST_SUBMISSION_PORT=$SUBMISSION_PORT
# Submission over implicit TLS (RFC 8314 "submissions"), same rules.
export DOORMAN_TEST_SUBMISSIONS_PORT=$SUBMISSIONS_PORT
export DOORMAN_TEST_LMTP_PORT=$LMTP_PORT
export DOORMAN_TEST_AUTH_PORT=$AUTH_PORT
export DOORMAN_TEST_CA=$RUNDIR/ca.pem
export DOORMAN_TEST_PASSWORD=$DT_PASSWORD
# Base64 HMAC-SHA256 key that Dovecot accepts OAuth2 (JWT) tokens signed with.
export DOORMAN_TEST_OAUTH2_KEY_FILE=$OAUTH2_KEY_DIR/default
export DOORMAN_TEST_USERS="$DT_DEFAULT_USERS"
export DOORMAN_TEST_SALES_USER=sales@$DT_DOMAIN
export DOORMAN_TEST_PROSPECT_USER=prospect@$DT_DOMAIN
export DOORMAN_TEST_OWNER_USER=owner@$DT_DOMAIN
# Maildir of user NAME: \$DOORMAN_TEST_MAIL_ROOT/NAME (INBOX = cur/new/tmp, folders = .Sent etc.)
export DOORMAN_TEST_MAIL_ROOT=$RUNDIR/mail/$DT_DOMAIN
export DOORMAN_TEST_DOVECOT_CONF=$DOVECOT_CONF
export DOORMAN_TEST_DOVECOT_LOG=$DOVECOT_DIR/dovecot.log
export DOORMAN_TEST_POSTFIX_DIR=$POSTFIX_DIR
export DOORMAN_TEST_POSTFIX_LOG=$POSTFIX_BASE/maillog
# Shell commands; start ones return once the ports accept connections,
# stop ones once the processes are gone.
export DOORMAN_TEST_DOVECOT_STOP="$CTL dovecot stop"
export DOORMAN_TEST_DOVECOT_START="$CTL dovecot start"
export DOORMAN_TEST_DOVECOT_RESTART="$CTL dovecot restart"
export DOORMAN_TEST_POSTFIX_STOP="$CTL postfix stop"
export DOORMAN_TEST_POSTFIX_START="$CTL postfix start"
export DOORMAN_TEST_POSTFIX_RESTART="$CTL postfix restart"
# Deliver queued mail now (e.g. after Dovecot was down): \$DOORMAN_TEST_POSTFIX_FLUSH
export DOORMAN_TEST_POSTFIX_FLUSH="$CTL postfix flush"
# Add a user: \$DOORMAN_TEST_ADD_USER new@$DT_DOMAIN [password]
export DOORMAN_TEST_ADD_USER="$CTL add-user"
EOF
mv -f "$RUNDIR/env.sh.tmp" "$RUNDIR/env.sh"
chmod 0644 "$RUNDIR/env.sh"

dt_log "ready: IMAP $DT_LISTEN:$IMAP_PORT (STARTTLS) / $IMAPS_PORT (TLS), SMTP $SMTP_PORT, submission $SUBMISSION_PORT (STARTTLS) / $SUBMISSIONS_PORT (TLS); source $RUNDIR/env.sh"
