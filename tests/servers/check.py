#!/usr/bin/env python3
"""Smoke test for doorman's mail test stack (tests/servers/start.sh).

    python3 tests/servers/check.py [RUNDIR] [--restart]

Reads RUNDIR/env.sh (default RUNDIR: $DOORMAN_TEST_RUNDIR, else
/tmp/doorman-test-servers) and checks, against the real Dovecot and Postfix:

  * submission: STARTTLS verified against the test CA, AUTH as
    prospect@example.test, mail to sales@example.test; refusals without TLS,
    without AUTH, and for recipients outside example.test;
  * submissions (implicit TLS): AUTH as sales, mail to owner@example.test;
  * port-25-like SMTP without AUTH: mail to sales, no relaying, unknown users
    refused;
  * IMAP as sales over STARTTLS and over implicit TLS (CA-verified): IDLE in
    CAPABILITY and working (a new delivery shows up as EXISTS), special-use
    folders present, both messages delivered, keyword $DoormanScreened set
    with STORE +FLAGS and read back from another session, APPEND to Sent;
    no login before STARTTLS, no login with a wrong password;
  * with --restart: Dovecot restarted through $DOORMAN_TEST_DOVECOT_RESTART,
    then the messages and the keyword are still there.

Standard library only. Exits non-zero on the first failure.
"""

import email.message
import email.utils
import imaplib
import os
import re
import shlex
import smtplib
import ssl
import subprocess
import sys
import time
import uuid

KEYWORD = "$DoormanScreened"
DELIVERY_TIMEOUT = 30.0


class CheckFailed(Exception):
    pass


def log(msg):
    print(f"check: {msg}", flush=True)


def expect(cond, what):
    if not cond:
        raise CheckFailed(what)
    log(f"ok   {what}")


def load_env(rundir):
    path = os.path.join(rundir, "env.sh")
    if not os.path.exists(path):
        raise CheckFailed(f"{path} missing: run tests/servers/start.sh {rundir} first")
    env = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line.startswith("export "):
                continue
            key, _, value = line[len("export "):].partition("=")
            parts = shlex.split(value)
            env[key] = parts[0] if len(parts) == 1 else " ".join(parts)
    return env


class Stack:
    def __init__(self, env):
        self.env = env
        self.host = env["DOORMAN_TEST_IMAP_HOST"]
        self.smtp_host = env.get("DOORMAN_TEST_SMTP_HOST", self.host)
        self.tls_name = env.get("DOORMAN_TEST_TLS_NAME", "localhost")
        self.imap_port = int(env["DOORMAN_TEST_IMAP_PORT"])
        self.imaps_port = int(env["DOORMAN_TEST_IMAPS_PORT"])
        self.smtp_port = int(env["DOORMAN_TEST_SMTP_PORT"])
        self.submission_port = int(env["DOORMAN_TEST_SUBMISSION_PORT"])
        self.submissions_port = int(env["DOORMAN_TEST_SUBMISSIONS_PORT"])
        self.password = env["DOORMAN_TEST_PASSWORD"]
        self.domain = env["DOORMAN_TEST_DOMAIN"]
        self.sales = f"sales@{self.domain}"
        self.prospect = f"prospect@{self.domain}"
        self.owner = f"owner@{self.domain}"
        self.ctx = ssl.create_default_context(cafile=env["DOORMAN_TEST_CA"])
        # create_default_context already verifies chain and host name; be explicit.
        self.ctx.check_hostname = True
        self.ctx.verify_mode = ssl.CERT_REQUIRED


class NamedIMAP4(imaplib.IMAP4):
    """IMAP4 that connects to one address but verifies TLS for another name."""

    def __init__(self, host, port, tls_name, timeout):
        self._tls_name = tls_name
        super().__init__(host, port, timeout=timeout)

    def starttls(self, ssl_context=None):
        real_host = self.host
        self.host = self._tls_name  # imaplib passes self.host as server_hostname
        try:
            return super().starttls(ssl_context=ssl_context)
        finally:
            self.host = real_host


def make_message(sender, recipient, subject, token, body):
    msg = email.message.EmailMessage()
    msg["From"] = sender
    msg["To"] = recipient
    msg["Subject"] = subject
    msg["Date"] = email.utils.formatdate(localtime=True)
    msg["Message-ID"] = f"<{token}@check.doorman.test>"
    msg["X-Doorman-Check"] = token
    msg.set_content(body)
    return msg


# --- SMTP ----------------------------------------------------------------------

def check_submission(st, token):
    # Without TLS: AUTH must not be offered and MAIL must be refused.
    with smtplib.SMTP(st.smtp_host, st.submission_port, timeout=15) as s:
        s.ehlo("check.doorman.test")
        expect(s.has_extn("starttls"), "submission offers STARTTLS")
        expect(not s.has_extn("auth"), "submission does not offer AUTH before STARTTLS")
        code, _ = s.mail(st.prospect)
        expect(code == 530, f"submission refuses MAIL before STARTTLS (got {code})")

    # With TLS but without AUTH: no sending.
    with smtplib.SMTP(st.smtp_host, st.submission_port, timeout=15) as s:
        s.starttls(context=st.ctx)
        s.ehlo("check.doorman.test")
        expect(s.has_extn("auth"), "submission offers AUTH after STARTTLS")
        mechs = s.esmtp_features.get("auth", "").upper().split()
        expect("PLAIN" in mechs and "LOGIN" in mechs, f"submission AUTH mechanisms PLAIN LOGIN ({mechs})")
        code, _ = s.mail(st.prospect)
        code, _ = s.rcpt(st.sales)
        expect(code >= 500, f"submission refuses RCPT without AUTH (got {code})")

    # Wrong password.
    with smtplib.SMTP(st.smtp_host, st.submission_port, timeout=15) as s:
        s.starttls(context=st.ctx)
        try:
            s.login(st.prospect, "wrong-" + st.password)
            raise CheckFailed("submission accepted a wrong password")
        except smtplib.SMTPAuthenticationError as e:
            expect(e.smtp_code == 535, "submission rejects a wrong password (535)")

    # The real thing.
    msg = make_message(st.prospect, st.sales, f"Quote request via submission {token}",
                       token, "Hello, we would like a quote.\n")
    with smtplib.SMTP(st.smtp_host, st.submission_port, timeout=15) as s:
        s.starttls(context=st.ctx)
        cert = s.sock.getpeercert()
        expect(cert is not None, f"submission certificate verified against {st.env['DOORMAN_TEST_CA']}")
        s.login(st.prospect, st.password)
        log(f"ok   submission AUTH as {st.prospect}")
        # Outside the domain: refused even when authenticated (no relaying).
        s.mail(st.prospect)
        code, _ = s.rcpt("someone@elsewhere.invalid")
        expect(code >= 500, f"submission refuses recipients outside {st.domain} (got {code})")
        s.rset()
        refused = s.send_message(msg)
        expect(not refused, f"submission accepted mail {st.prospect} -> {st.sales}")
    return token


def check_submissions(st, token):
    """Implicit-TLS submission: AUTH required, mail from sales to owner."""
    with smtplib.SMTP_SSL(st.tls_name, st.submissions_port, context=st.ctx, timeout=15) as s:
        s.ehlo("check.doorman.test")
        expect(s.has_extn("auth"), f"submissions (implicit TLS, certificate verified for {st.tls_name}) offers AUTH")
        s.mail(st.sales)
        code, _ = s.rcpt(st.owner)
        expect(code >= 500, f"submissions refuses RCPT without AUTH (got {code})")
    msg = make_message(st.sales, st.owner, f"Internal note via submissions {token}", token,
                       "FYI: new lead.\n")
    with smtplib.SMTP_SSL(st.tls_name, st.submissions_port, context=st.ctx, timeout=15) as s:
        s.login(st.sales, st.password)
        refused = s.send_message(msg)
        expect(not refused, f"submissions accepted mail {st.sales} -> {st.owner}")
    return token


def check_smtp_in(st, token):
    with smtplib.SMTP(st.smtp_host, st.smtp_port, timeout=15) as s:
        s.ehlo("mx.elsewhere.invalid")
        expect(not s.has_extn("auth"), "port-25-like SMTP offers no AUTH")
        expect(s.has_extn("starttls"), "port-25-like SMTP offers STARTTLS")
        s.mail("visitor@elsewhere.invalid")
        code, _ = s.rcpt("victim@elsewhere.invalid")
        expect(code == 554, f"port-25-like SMTP refuses relaying (got {code})")
        code, _ = s.rcpt(f"nobody@{st.domain}")
        expect(code == 550, f"port-25-like SMTP refuses unknown users (got {code})")
        s.rset()
    msg = make_message("Lead <lead@elsewhere.invalid>", st.sales,
                       f"Inbound lead via smtp {token}", token,
                       "Hi, do you do IT support for small offices?\n")
    with smtplib.SMTP(st.smtp_host, st.smtp_port, timeout=15) as s:
        s.starttls(context=st.ctx)
        refused = s.send_message(msg, from_addr="lead@elsewhere.invalid", to_addrs=[st.sales])
        expect(not refused, f"port-25-like SMTP accepted mail to {st.sales} (STARTTLS verified)")
    return token


def send_plain_smtp(st, token, subject):
    msg = make_message("lead@elsewhere.invalid", st.sales, subject, token, "ping\n")
    with smtplib.SMTP(st.smtp_host, st.smtp_port, timeout=15) as s:
        s.send_message(msg)


# --- IMAP ----------------------------------------------------------------------

def imap_ok(result, what):
    typ, data = result
    if typ != "OK":
        raise CheckFailed(f"{what}: {typ} {data!r}")
    return data


def imap_starttls_login(st, user):
    m = NamedIMAP4(st.host, st.imap_port, st.tls_name, timeout=20)
    m.starttls(ssl_context=st.ctx)
    m.login(user, st.password)
    return m


def imaps_login(st, user):
    # Connect by name here, so the DNS:localhost entry is what gets verified.
    m = imaplib.IMAP4_SSL(st.tls_name, st.imaps_port, ssl_context=st.ctx, timeout=20)
    m.login(user, st.password)
    return m


def search_header(m, token):
    data = imap_ok(m.uid("SEARCH", None, "HEADER", "X-Doorman-Check", token), "UID SEARCH")
    return [int(x) for x in data[0].split()]


def wait_for(m, token, mailbox="INBOX"):
    deadline = time.monotonic() + DELIVERY_TIMEOUT
    while True:
        imap_ok(m.select(mailbox), f"SELECT {mailbox}")
        uids = search_header(m, token)
        if uids:
            return uids
        if time.monotonic() > deadline:
            raise CheckFailed(f"message {token} not found in {mailbox} after {DELIVERY_TIMEOUT}s")
        time.sleep(0.3)


def fetch_flags(m, uid):
    data = imap_ok(m.uid("FETCH", str(uid), "(FLAGS)"), "UID FETCH FLAGS")
    text = b" ".join(d if isinstance(d, bytes) else d[0] for d in data if d).decode()
    mo = re.search(r"FLAGS \(([^)]*)\)", text)
    if not mo:
        raise CheckFailed(f"no FLAGS in {text!r}")
    return mo.group(1).split()


def check_imap_refusals(st):
    m = imaplib.IMAP4(st.host, st.imap_port, timeout=20)
    try:
        caps = m.capabilities
        expect("STARTTLS" in caps, "IMAP offers STARTTLS")
        try:
            m.login(st.sales, st.password)
            raise CheckFailed("IMAP accepted LOGIN before STARTTLS")
        except imaplib.IMAP4.error:
            log("ok   IMAP refuses LOGIN before STARTTLS")
    finally:
        try:
            m.logout()
        except Exception:
            pass
    m = NamedIMAP4(st.host, st.imap_port, st.tls_name, timeout=20)
    try:
        m.starttls(ssl_context=st.ctx)
        try:
            m.login(st.sales, "wrong-" + st.password)
            raise CheckFailed("IMAP accepted a wrong password")
        except imaplib.IMAP4.error:
            log("ok   IMAP refuses a wrong password")
    finally:
        try:
            m.logout()
        except Exception:
            pass


def check_idle(st, m, token):
    """IDLE on INBOX, deliver a message over SMTP, expect an EXISTS push."""
    imap_ok(m.select("INBOX"), "SELECT INBOX")
    tag = m._new_tag().decode()
    m.send(f"{tag} IDLE\r\n".encode())
    line = m.readline()
    expect(line.startswith(b"+"), f"IDLE accepted ({line.strip()!r})")
    send_plain_smtp(st, token, f"IDLE probe {token}")
    deadline = time.monotonic() + DELIVERY_TIMEOUT
    got = False
    m.sock.settimeout(1.0)
    try:
        while time.monotonic() < deadline and not got:
            try:
                line = m.readline()
            except (TimeoutError, ssl.SSLError, OSError):
                continue
            if not line:
                raise CheckFailed("connection closed during IDLE")
            if re.match(rb"\* \d+ EXISTS", line):
                got = True
    finally:
        m.sock.settimeout(20)
    m.send(b"DONE\r\n")
    while True:
        line = m.readline()
        if not line:
            raise CheckFailed("connection closed after IDLE DONE")
        if line.startswith(tag.encode()):
            expect(b" OK" in line, "IDLE ended with OK")
            break
    expect(got, "IDLE reported the new delivery as EXISTS")


def check_imap(st, tokens):
    sub_token, in_token = tokens

    # Session 1: STARTTLS on the plain port.
    m = imap_starttls_login(st, st.sales)
    log(f"ok   IMAP STARTTLS login as {st.sales} (certificate verified for {st.tls_name})")
    caps = imap_ok(m.capability(), "CAPABILITY")[0].decode().upper().split()
    expect("IDLE" in caps, "CAPABILITY lists IDLE")

    data = imap_ok(m.list(), "LIST")
    listing = b"\n".join(d for d in data if isinstance(d, bytes)).decode()
    for name, use in (("Sent", "\\Sent"), ("Drafts", "\\Drafts"), ("Trash", "\\Trash"), ("Junk", "\\Junk")):
        expect(re.search(rf"\([^)]*\{use}[^)]*\) .* \"?{name}\"?$", listing, re.M | re.I) is not None,
               f"mailbox {name} exists with special-use {use}")

    sub_uids = wait_for(m, sub_token)
    in_uids = wait_for(m, in_token)
    expect(len(sub_uids) == 1, "message sent via submission is in INBOX")
    expect(len(in_uids) == 1, "message sent via port-25-like SMTP is in INBOX")

    typ, data = m.select("INBOX")
    resp = m.response("PERMANENTFLAGS")[1]
    perm = (resp[0] or b"").decode() if resp else ""
    expect("\\*" in perm, f"INBOX allows new keywords (PERMANENTFLAGS {perm})")

    uid = sub_uids[0]
    imap_ok(m.uid("STORE", str(uid), "+FLAGS", f"({KEYWORD})"), "UID STORE +FLAGS")
    flags = fetch_flags(m, uid)
    expect(KEYWORD in flags, f"keyword {KEYWORD} read back in the same session ({flags})")

    check_idle(st, m, sub_token.replace("sub-", "idle-"))
    m.logout()

    # Session 2: implicit TLS; the keyword must be visible here too.
    m = imaps_login(st, st.sales)
    log(f"ok   IMAPS login as {st.sales} (certificate verified for {st.tls_name})")
    caps = imap_ok(m.capability(), "CAPABILITY")[0].decode().upper().split()
    expect("IDLE" in caps, "CAPABILITY lists IDLE over implicit TLS")
    imap_ok(m.select("INBOX"), "SELECT INBOX")
    expect(search_header(m, sub_token) == [uid], "same UID from the second session")
    flags = fetch_flags(m, uid)
    expect(KEYWORD in flags, f"keyword {KEYWORD} read back from another session ({flags})")
    data = imap_ok(m.uid("SEARCH", None, "KEYWORD", KEYWORD), "UID SEARCH KEYWORD")
    expect(uid in [int(x) for x in data[0].split()], f"SEARCH KEYWORD {KEYWORD} finds it")
    other = fetch_flags(m, in_uids[0])
    expect(KEYWORD not in other, "the other message does not have the keyword")

    sent_token = sub_token.replace("sub-", "sent-")
    reply = make_message(st.sales, st.prospect, f"Re: Quote request {sent_token}", sent_token,
                         "Thanks, here is our quote.\n")
    typ, data = m.append("Sent", "(\\Seen)", imaplib.Time2Internaldate(time.time()),
                         reply.as_bytes().replace(b"\n", b"\r\n"))
    expect(typ == "OK", f"APPEND to Sent ({data[0]!r})")
    expect(b"APPENDUID" in (data[0] or b""), "APPEND answered with APPENDUID (UIDPLUS)")
    sent_uids = wait_for(m, sent_token, "Sent")
    expect(len(sent_uids) == 1, "appended message found in Sent")
    expect("\\Seen" in fetch_flags(m, sent_uids[0]), "appended message kept \\Seen")
    m.logout()

    maildir = os.path.join(st.env["DOORMAN_TEST_MAIL_ROOT"], "sales")
    expect(os.path.isdir(os.path.join(maildir, "cur")) and os.path.isdir(os.path.join(maildir, ".Sent")),
           f"Maildir at {maildir}")
    return uid


def check_after_restart(st, tokens, uid):
    cmd = st.env["DOORMAN_TEST_DOVECOT_RESTART"]
    log(f"restarting dovecot: {cmd}")
    subprocess.run(cmd, shell=True, check=True)
    m = imap_starttls_login(st, st.sales)
    imap_ok(m.select("INBOX"), "SELECT INBOX")
    expect(search_header(m, tokens[0]) == [uid], "message still there after the Dovecot restart")
    expect(KEYWORD in fetch_flags(m, uid), "keyword still there after the Dovecot restart")
    m.logout()
    # Postfix delivers into the restarted Dovecot.
    t = tokens[0].replace("sub-", "restart-")
    send_plain_smtp(st, t, f"After restart {t}")
    m = imaps_login(st, st.sales)
    wait_for(m, t)
    log("ok   delivery after the Dovecot restart")
    m.logout()


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    restart = "--restart" in argv
    rundir = args[0] if args else os.environ.get("DOORMAN_TEST_RUNDIR", "/tmp/doorman-test-servers")
    st = Stack(load_env(rundir))
    token = uuid.uuid4().hex[:12]
    log(f"stack in {rundir}, token {token}")
    tokens = (check_submission(st, f"sub-{token}"), check_smtp_in(st, f"in-{token}"))
    owner_token = check_submissions(st, f"subs-{token}")
    check_imap_refusals(st)
    uid = check_imap(st, tokens)
    m = imaps_login(st, st.owner)
    wait_for(m, owner_token)
    log(f"ok   message sent via submissions is in {st.owner}'s INBOX")
    m.logout()
    if restart:
        check_after_restart(st, tokens, uid)
    log("all checks passed")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except CheckFailed as e:
        print(f"check: FAILED: {e}", file=sys.stderr)
        sys.exit(1)
    except Exception as e:  # noqa: BLE001 - any other error is a failure too
        print(f"check: FAILED with {type(e).__name__}: {e}", file=sys.stderr)
        sys.exit(1)
