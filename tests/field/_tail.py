

# ===========================================================================
# writing and checking
# ===========================================================================

EW_RE = re.compile(r"=\?([^?]+)\?([bBqQ])\?([^?]*)\?=")
META_RE = re.compile(r"""<meta[^>]+charset=["']?([A-Za-z0-9_\-]+)""", re.I)


def fail(name, why):
    raise SystemExit("FAIL %s: %s" % (name, why))


def check_charset_bytes(name, data, cs):
    """The declared charset has to be the one the bytes were written in."""
    cs = cs.lower()
    try:
        text = data.decode(cs, "strict")
    except (UnicodeDecodeError, LookupError) as e:
        fail(name, "text does not decode as %s: %s" % (cs, e))
    if cs in ("us-ascii", "ascii") and any(b > 127 for b in data):
        fail(name, "8-bit bytes in a us-ascii part")
    if cs not in ("utf-8", "us-ascii", "ascii") and any(b > 127 for b in data):
        try:
            data.decode("utf-8", "strict")
            fail(name, "part declared %s but its bytes are valid UTF-8" % cs)
        except UnicodeDecodeError:
            pass
    if cs in ("iso-8859-1", "iso-8859-15") and any(0x80 <= b <= 0x9f for b in data):
        fail(name, "C1 control bytes in %s text (windows-1252 bytes mislabelled?)" % cs)
    if re.search("[\u00c3\u00c2][\u0080-\u00bf]", text):
        fail(name, "mojibake in decoded text")
    return text


def check_message(name, data):
    if re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
        fail(name, "line ends are not all CRLF")
    for line in data.split(b"\r\n"):
        if len(line) > 998:
            fail(name, "line longer than 998 octets")
    head = data.split(b"\r\n\r\n", 1)[0]
    if any(b > 127 for b in head):
        fail(name, "8-bit bytes in the header")
    unfolded = re.sub(r"\r\n[ \t]", " ", head.decode("ascii"))
    for cs, enc, payload in EW_RE.findall(unfolded):
        raw_ = base64.b64decode(payload, validate=True) if enc.upper() == "B" else re.sub(
            r"=([0-9A-Fa-f]{2})", lambda m: chr(int(m.group(1), 16)), payload.replace("_", " ")).encode("latin-1")
        check_charset_bytes(name + " (encoded word)", raw_, cs)
    msg = BytesParser(policy=policy.default).parsebytes(data)
    for k in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[k] is None:
            fail(name, "missing " + k)
    if msg["Date"].datetime is None or msg["Date"].datetime.year != 2026:
        fail(name, "Date is not a 2026 date")
    str(msg["Subject"])
    str(msg["From"])
    n_text = 0
    for part in msg.walk():
        if part.defects:
            fail(name, "defects in %s: %s" % (part.get_content_type(), part.defects))
        if part.get_content_maintype() == "text":
            n_text += 1
            cte = str(part.get("Content-Transfer-Encoding", "7bit")).lower()
            cs = part.get_content_charset() or "us-ascii"
            payload = part.get_payload()
            if cte == "quoted-printable":
                for l in payload.split("\n"):
                    if len(l.rstrip("\r")) > 76:
                        fail(name, "quoted-printable line over 76 characters")
            if cte == "base64":
                base64.b64decode("".join(payload.split()), validate=True)
            dec = part.get_payload(decode=True)
            if cte in ("7bit",) and any(b > 127 for b in dec):
                fail(name, "8-bit data in a 7bit part")
            text = check_charset_bytes(name, dec, cs)
            if part.get_content_subtype() == "html":
                for m in META_RE.findall(text):
                    if m.lower().replace("windows-1252", "windows-1252") != cs.lower():
                        fail(name, "HTML meta charset %s but MIME charset %s" % (m, cs))
            if "\ufffd" in part.get_content():
                fail(name, "replacement character in decoded text")
        elif part.get_content_type() == "message/rfc822":
            inner = part.get_payload()[0]
            if inner["Message-ID"] is None:
                fail(name, "attached message has no Message-ID")
        elif not part.is_multipart():
            part.get_payload(decode=True)
    if not n_text:
        fail(name, "no text part")
    b = msg.get_body(preferencelist=("plain", "html"))
    if b is None or len(re.sub(r"<[^>]+>", " ", b.get_content()).strip()) < 20:
        fail(name, "no readable body")
    return msg


def searchable(msg):
    """All header values and decoded text of a message, for finding reply_to in it."""
    out = []
    for part in msg.walk():
        for k, v in part.items():
            out.append(str(v))
        if part.get_content_maintype() == "text":
            out.append(html.unescape(part.get_content()))
    return "\n".join(out).lower()


def write_all():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    seen = set()
    rows = []
    for i, m in enumerate(MESSAGES, 1):
        fn = "%03d-%s.eml" % (i, m["slug"])
        assert m["slug"] not in seen, m["slug"]
        seen.add(m["slug"])
        with open(os.path.join(OUT, fn), "wb") as f:
            f.write(m["raw"])
        rows.append(("messages/" + fn, m["label"], m["reply_to"]))
    with open(os.path.join(HERE, "labels.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "label", "reply_to"])
        w.writerows(rows)


def check_all():
    with open(os.path.join(HERE, "labels.csv"), newline="") as f:
        rows = list(csv.reader(f))
    if rows[0] != ["file", "label", "reply_to"]:
        fail("labels.csv", "header must be file,label,reply_to")
    rows = rows[1:]
    listed = [r[0] for r in rows]
    if len(set(listed)) != len(listed):
        fail("labels.csv", "duplicate rows")
    on_disk = {"messages/" + n for n in os.listdir(OUT) if n.endswith(".eml")}
    if set(listed) != on_disk:
        fail("labels.csv", "rows and files differ: %s" % sorted(set(listed) ^ on_disk))
    counts = {}
    for rel, label, reply_to in rows:
        if label not in LABELS:
            fail(rel, "unknown label " + label)
        counts[label] = counts.get(label, 0) + 1
        data = open(os.path.join(HERE, rel), "rb").read()
        msg = check_message(rel, data)
        if (label == "skip") != (reply_to == ""):
            fail(rel, "reply_to must be empty exactly for skip")
        if reply_to:
            if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]+", reply_to):
                fail(rel, "reply_to is not an address: " + reply_to)
            if reply_to.endswith("@" + DOMAIN):
                fail(rel, "reply_to is one of the firm's own addresses")
            if reply_to.lower() not in searchable(msg):
                fail(rel, "reply_to %s does not occur in the message" % reply_to)
    return rows, counts


def main():
    if "--check" not in sys.argv:
        write_all()
    rows, counts = check_all()
    print("%d messages written and checked" % len(rows))
    for l in LABELS:
        print("  %-8s %3d" % (l, counts.get(l, 0)))
    if MESSAGES:
        print()
        print("%-36s %5s  %s" % ("group", "total", "  ".join("%-7s" % l for l in LABELS)))
        for g, gname in GROUPS.items():
            ms = [m for m in MESSAGES if m["group"] == g]
            print("%-36s %5d  %s" % ("%d %s" % (g, gname), len(ms),
                                     "  ".join("%-7d" % sum(1 for m in ms if m["label"] == l) for l in LABELS)))


if __name__ == "__main__":
    main()
