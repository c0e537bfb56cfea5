#!/usr/bin/env python3
"""Check the corpus independently of generate.py, using only Python's email package.

    python3 tests/corpus/verify.py

For every file listed in labels.csv (and every .eml on disk must be listed):
  * it parses without defects (policy.default and compat32);
  * From, To (containing sales@northwind-it.example), Subject, Date, Message-ID are present,
    and MIME-Version is present whenever a Content-Type is;
  * RFC 2047 encoded words in headers decode strictly in their declared charset;
  * every text/* part decodes strictly in its declared charset: base64 is valid base64,
    quoted-printable lines are at most 76 characters, 7bit parts have no 8-bit bytes,
    no line is longer than 998 octets;
  * the readable body (text/plain, else text/html with tags stripped) is non-empty and
    contains no replacement characters.
Then it prints the count per label and which formats occur under which label.
"""
import base64
import binascii
import csv
import html
import os
import re
import sys
from collections import Counter, defaultdict
from email import policy
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
SALES = "sales@northwind-it.example"
LABELS = ("engage", "clarify", "decline", "refer", "skip")
EW = re.compile(r"=\?([^?]+)\?([bBqQ])\?([^?]*)\?=")


def fail(path, why):
    raise SystemExit("FAIL %s: %s" % (path, why))


def raw_headers(data):
    head = re.split(rb"\r?\n\r?\n", data, maxsplit=1)[0]
    return re.sub(rb"\r?\n[ \t]", b" ", head).decode("ascii")


def check_encoded_words(path, head, feats):
    for cs, enc, payload in EW.findall(head):
        if enc.upper() == "B":
            raw = base64.b64decode(payload, validate=True)
        else:
            raw = re.sub(r"=([0-9A-Fa-f]{2})", lambda m: chr(int(m.group(1), 16)),
                         payload.replace("_", " ")).encode("latin-1")
        try:
            raw.decode(cs, "strict")
        except (UnicodeDecodeError, LookupError) as e:
            fail(path, "encoded word %r: %s" % (payload, e))
        feats.add("encoded-word %s %s" % (cs.upper(), enc.upper()))


def part_raw_body(part):
    payload = part.get_payload()
    return payload if isinstance(payload, str) else ""


def check_text_part(path, part, feats):
    cte = part.get("Content-Transfer-Encoding", "7bit").lower()
    cs = part.get_content_charset() or "us-ascii"
    raw = part_raw_body(part)
    feats.add("cte %s" % cte)
    feats.add("charset %s" % cs.lower())
    if cte == "base64":
        try:
            base64.b64decode("".join(raw.split()), validate=True)
        except binascii.Error as e:
            fail(path, "bad base64: %s" % e)
    if cte == "quoted-printable":
        for line in raw.splitlines():
            if len(line) > 76:
                fail(path, "QP line longer than 76: %r" % line[:40])
    data = part.get_payload(decode=True)
    if cte == "7bit" and any(b > 127 for b in data):
        fail(path, "8-bit byte in a 7bit part")
    try:
        text = data.decode(cs, "strict")
    except (UnicodeDecodeError, LookupError) as e:
        fail(path, "text part does not decode as %s: %s" % (cs, e))
    content = part.get_content()
    if "\ufffd" in content:
        fail(path, "replacement character in decoded text")
    return text


def readable(msg):
    body = msg.get_body(preferencelist=("plain", "html"))
    if body is None:
        return ""
    text = body.get_content().replace("\r\n", "\n")
    if body.get_content_subtype() == "html":
        text = re.sub(r"(?is)<(style|script)[^>]*>.*?</\1>", " ", text)
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return text


def structure(msg):
    ct = msg.get_content_type()
    if "Content-Type" not in msg:
        return "bare RFC 5322 (no MIME headers)"
    if ct == "text/plain":
        return "text/plain single part"
    if ct == "text/html":
        return "text/html only"
    return ct


def main():
    labels_path = os.path.join(HERE, "labels.csv")
    with open(labels_path, newline="") as f:
        rows = list(csv.reader(f))
    if rows[0] != ["file", "label"]:
        fail(labels_path, "header must be file,label")
    rows = rows[1:]
    listed = {r[0] for r in rows}
    on_disk = {"messages/" + n for n in os.listdir(os.path.join(HERE, "messages")) if n.endswith(".eml")}
    if listed != on_disk:
        fail(labels_path, "listed vs on disk differ: %s" % sorted(listed ^ on_disk))

    counts = Counter()
    by_feature = defaultdict(Counter)
    for rel, label in rows:
        path = os.path.join(HERE, rel)
        if label not in LABELS:
            fail(rel, "unknown label %r" % label)
        counts[label] += 1
        data = open(path, "rb").read()
        feats = set()
        feats.add("line endings CRLF" if b"\r\n" in data else "line endings LF")
        if re.search(rb"(?<!\r)\n", data) and b"\r\n" in data:
            fail(rel, "mixed line endings")
        for line in data.split(b"\n"):
            if len(line.rstrip(b"\r")) > 998:
                fail(rel, "line longer than 998 octets")
        head = raw_headers(data)
        check_encoded_words(rel, head, feats)

        BytesParser(policy=policy.compat32).parsebytes(data)
        msg = BytesParser(policy=policy.default).parsebytes(data)
        for p in msg.walk():
            if p.defects:
                fail(rel, "defects %s" % p.defects)
        for k in ("From", "To", "Subject", "Date", "Message-ID"):
            if msg[k] is None:
                fail(rel, "missing %s" % k)
        if SALES not in str(msg["To"]).lower():
            fail(rel, "To is not %s" % SALES)
        if "Content-Type" in msg and msg["MIME-Version"] is None:
            fail(rel, "Content-Type without MIME-Version")
        if msg["Date"].datetime is None:
            fail(rel, "unparseable Date")
        str(msg["Subject"])

        feats.add(structure(msg))
        for p in msg.walk():
            ct = p.get_content_type()
            if p.get_content_maintype() == "text":
                check_text_part(rel, p, feats)
                if ct == "text/calendar":
                    feats.add("text/calendar (%s)" % p.get_param("method"))
            elif not p.is_multipart() and ct not in ("message/rfc822", "message/delivery-status"):
                feats.add("attachment %s" % ct)
                p.get_payload(decode=True)
        if "Content-Type" not in msg:
            feats.add("cte 7bit")
            feats.add("charset us-ascii (implicit)")

        text = readable(msg)
        if len(text.strip()) < 10:
            fail(rel, "no readable body text")
        if "\ufffd" in text:
            fail(rel, "replacement character in body")

        frm = msg["From"].addresses[0]
        rt = msg["Reply-To"]
        if rt is not None and rt.addresses[0].addr_spec.lower() != frm.addr_spec.lower():
            feats.add("Reply-To differs from From")
        if msg["In-Reply-To"]:
            feats.add("reply (In-Reply-To/References)")
        if re.search(r"(?m)^-- $", text):
            feats.add("signature (-- line)")
        if re.search(r"(?m)^>", text) or "-----Original Message-----" in text:
            feats.add("quoted history")
        for hname in ("List-Id", "List-Unsubscribe", "Precedence", "Auto-Submitted", "X-Autoreply"):
            if msg[hname] is not None:
                feats.add("header %s" % hname)
        if str(msg.get("Return-Path", "")).strip() == "<>":
            feats.add("empty Return-Path <>")
        for f in feats:
            by_feature[f][label] += 1

    total = sum(counts.values())
    print("%d messages, all parse and decode cleanly" % total)
    for l in LABELS:
        print("  %-8s %3d" % (l, counts[l]))
    print()
    print("%-44s %5s  %s" % ("format / feature", "total", "  ".join("%-7s" % l for l in LABELS)))
    for f in sorted(by_feature):
        c = by_feature[f]
        print("%-44s %5d  %s" % (f, sum(c.values()), "  ".join("%-7d" % c[l] for l in LABELS)))


if __name__ == "__main__":
    main()
