"""Sends prospect requests through the test Postfix one at a time and measures, for each, the
time from Postfix accepting it to doorman's draft row in the store. Used by idle-latency.sh."""

import datetime as dt
import os
import smtplib
import sqlite3
import statistics
import sys
import time

store, count = sys.argv[1], int(sys.argv[2])
host, port = os.environ["DOORMAN_TEST_SMTP_HOST"], int(os.environ["DOORMAN_TEST_SMTP_PORT"])
sales = os.environ["DOORMAN_TEST_SALES_USER"]
body = (
    "Hello,\r\n\r\nOur accountant recommended you. We are moving our practice in May and need the\r\n"
    "network, Wi-Fi and Microsoft 365 set up for 14 staff. Our budget is around $12,000.\r\n"
    "Any day next week works for a call.\r\n\r\nThanks,\r\nAnn\r\n"
)


def drafted_at(message_id):
    try:
        with sqlite3.connect(f"file:{store}?mode=ro", uri=True, timeout=5) as db:
            row = db.execute(
                "SELECT d.created_at FROM drafts d JOIN messages m ON m.id = d.message_row "
                "WHERE m.header_message_id = ?",
                (message_id,),
            ).fetchone()
    except sqlite3.OperationalError:
        return None
    if not row:
        return None
    return dt.datetime.strptime(row[0], "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=dt.timezone.utc)


maildir = os.path.join(os.environ["DOORMAN_TEST_MAIL_ROOT"], sales.split("@")[0])


def delivered_at(message_id, seen):
    """When the message file appeared in the Maildir (its mtime), once it has."""
    for sub in ("new", "cur"):
        folder = os.path.join(maildir, sub)
        for name in os.listdir(folder) if os.path.isdir(folder) else []:
            path = os.path.join(folder, name)
            if path in seen:
                continue
            try:
                with open(path, "rb") as f:
                    if message_id.encode() in f.read():
                        seen.add(path)
                        return dt.datetime.fromtimestamp(os.stat(path).st_mtime, dt.timezone.utc)
            except FileNotFoundError:
                continue
    return None


latencies = []
deliveries = []
seen = set()
for i in range(count):
    message_id = f"latency-{i}-{time.time_ns()}@acme.example"
    raw = (
        f"From: Ann Lee <ann@acme.example>\r\nTo: {sales}\r\nSubject: New office network {i}\r\n"
        f"Message-ID: <{message_id}>\r\nDate: {dt.datetime.now(dt.timezone.utc):%a, %d %b %Y %H:%M:%S +0000}\r\n\r\n{body}"
    )
    with smtplib.SMTP(host, port) as smtp:
        smtp.sendmail("ann@acme.example", [sales], raw)
        accepted = dt.datetime.now(dt.timezone.utc)
    deadline = time.time() + 60
    while (queued := drafted_at(message_id)) is None:
        if time.time() > deadline:
            sys.exit(f"message {i} was not screened within 60 s")
        time.sleep(0.01)
    latencies.append((queued - accepted).total_seconds() * 1000)
    stored = delivered_at(message_id, seen)
    if stored is not None:
        deliveries.append((stored - accepted).total_seconds() * 1000)

latencies.sort()
p95 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.95))]
if deliveries:
    deliveries.sort()
    print(f"of which Postfix -> Dovecot delivery (file in the Maildir): median {statistics.median(deliveries):.0f} ms, "
          f"p95 {deliveries[min(len(deliveries) - 1, int(len(deliveries) * 0.95))]:.0f} ms")
print(f"delivery -> queued draft under IDLE, {len(latencies)} messages: "
      f"median {statistics.median(latencies):.0f} ms, p95 {p95:.0f} ms, max {latencies[-1]:.0f} ms")
