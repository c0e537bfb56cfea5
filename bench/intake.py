"""Fills a test mailbox's Maildir and times a plain IMAP FETCH of it, for bench/intake.sh.

usage: intake.py fill MAILDIR COUNT YEAR   -- COUNT prospect requests, arrived in YEAR (mtime)
       intake.py fill-from MAILDIR COUNT DIR -- COUNT messages taken in turn from DIR's .eml files,
                                            each Message-ID made unique, arrived now
       intake.py fetch USER                -- seconds for UID FETCH 1:* (FLAGS INTERNALDATE BODY.PEEK[]),
                                            and the machine's busy core-seconds meanwhile
"""
import imaplib
import os
import re
import ssl
import sys
import time


def maildir_cur(maildir):
    """The Maildir's cur/ folder, with new/ and tmp/ beside it, made when missing."""
    for sub in ("cur", "new", "tmp"):
        os.makedirs(os.path.join(maildir, sub), exist_ok=True)
    return os.path.join(maildir, "cur")


def fill(maildir, count, year):
    cur = maildir_cur(maildir)
    arrived = time.mktime((year, 3, 14, 10, 0, 0, 0, 0, -1)) if year else time.time()
    for i in range(count):
        body = (
            f"From: Prospect {i} <p{i}@client-{i % 997}.example>\r\n"
            f"To: sales@example.test\r\n"
            f"Subject: Network and Microsoft 365 for office {i}\r\n"
            f"Date: Mon, 14 Mar {year or 2026} 10:00:00 +0000\r\n"
            f"Message-ID: <bench-{year}-{i}@client-{i % 997}.example>\r\n"
            "\r\n"
            "Hello,\r\n\r\nWe are moving our practice in May and need the network, Wi-Fi and\r\n"
            "Microsoft 365 set up for 14 staff. Our budget is around $12,000. Any day next\r\n"
            "week works for a call.\r\n\r\nThanks\r\n"
        ).encode()
        name = os.path.join(cur, f"{int(arrived)}.bench{i}.host:2,")
        with open(name, "wb") as f:
            f.write(body)
        os.utime(name, (arrived, arrived))


def split_header(mail):
    """A message's header and the rest (from the blank line on)."""
    end = re.search(rb"\r?\n\r?\n", mail)
    return (mail[: end.start()], mail[end.start() :]) if end else (mail, b"")


def fill_from(maildir, count, source):
    cur = maildir_cur(maildir)
    names = sorted(name for name in os.listdir(source) if name.endswith(".eml"))
    mails = [split_header(open(os.path.join(source, name), "rb").read()) for name in names]
    message_id = re.compile(rb"^(Message-ID:[ \t]*<)", re.IGNORECASE | re.MULTILINE)
    for i in range(count):
        head, body = mails[i % len(mails)]
        # A copy of a message is the same message to doorman: each copy gets its own Message-ID
        # (in the message's own header, not in a forward's inside its body).
        head, found = message_id.subn(lambda m: m.group(1) + b"copy%d." % i, head, count=1)
        if not found:
            head = b"Message-ID: <copy%d@bench.example>\r\n" % i + head
        with open(os.path.join(cur, f"{int(time.time())}.mail{i}.host:2,"), "wb") as f:
            f.write(head + body)


def machine():
    """Core-seconds the machine has been busy (every process's, not idle or waiting on disk)."""
    with open("/proc/stat") as stat:
        ticks = [int(t) for t in stat.readline().split()[1:]]
    return (sum(ticks) - ticks[3] - ticks[4]) / os.sysconf("SC_CLK_TCK")


def fetch(user):
    context = ssl.create_default_context(cafile=os.environ["DOORMAN_TEST_CA"])
    busy = machine()
    start = time.monotonic()
    imap = imaplib.IMAP4(os.environ["DOORMAN_TEST_IMAP_HOST"], int(os.environ["DOORMAN_TEST_IMAP_PORT"]))
    imap.starttls(context)
    imap.login(user, os.environ["DOORMAN_TEST_PASSWORD"])
    imap.select("INBOX", readonly=True)
    imap.uid("FETCH", "1:*", "(UID FLAGS INTERNALDATE BODY.PEEK[])")
    imap.logout()
    print(f"{time.monotonic() - start:.3f} {machine() - busy:.2f}")


if __name__ == "__main__":
    if sys.argv[1] == "fill":
        fill(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
    elif sys.argv[1] == "fill-from":
        fill_from(sys.argv[2], int(sys.argv[3]), sys.argv[4])
    else:
        fetch(sys.argv[2])
