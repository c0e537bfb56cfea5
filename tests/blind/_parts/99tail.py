
# ---------------------------------------------------------------- checks

LABELSET = {"engage", "clarify", "decline", "refer", "skip"}
MOJI = re.compile("Ã[\u0080-\u00bf©¨§ª«¼³¡]|â€")

def check_one(fn, raw):
    errs = []
    if re.search(rb"(?<!\r)\n|\r(?!\n)", raw):
        errs.append("line end other than CRLF")
    for l in raw.split(b"\r\n"):
        if len(l) > 998:
            errs.append("line over 998")
    head = raw.split(b"\r\n\r\n", 1)[0]
    if any(b > 127 for b in head):
        errs.append("8-bit header")
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for part in msg.walk():
        if part.defects:
            errs.append(f"defects {part.defects}")
    for k in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[k] is None:
            errs.append(f"missing {k}")
    try:
        if email.utils.parsedate_to_datetime(str(msg["Date"])).year != 2026:
            errs.append("date not 2026")
    except Exception as e:
        errs.append(f"bad date {e}")
    for m in re.finditer(rb"=\?([^?]+)\?([QqBb])\?([^?]*)\?=", head):
        cs, enc, data = m.group(1).decode(), m.group(2).decode().upper(), m.group(3)
        try:
            b = base64.b64decode(data, validate=True) if enc == "B" else binascii.a2b_qp(data.replace(b"_", b" "), header=True)
            b.decode(cs, "strict")
        except Exception as e:
            errs.append(f"bad encoded word {m.group(0)[:40]}: {e}")
    def walk(m):
        yield m
        if m.is_multipart():
            for p in m.get_payload():
                yield from walk(p)
    for part in walk(msg):
        ct = part.get_content_type()
        cte = (part.get("Content-Transfer-Encoding") or "7bit").lower().strip()
        if ct == "message/rfc822":
            inner = part.get_payload()[0]
            if inner["Message-ID"] is None:
                errs.append("rfc822 without Message-ID")
            continue
        if part.is_multipart():
            continue
        rawp = part.get_payload(decode=False)
        if isinstance(rawp, str):
            rawb = rawp.encode("latin-1", "surrogateescape") if True else b""
        else:
            rawb = rawp
        if cte == "quoted-printable":
            for l in rawb.split(b"\n"):
                if len(l.rstrip(b"\r")) > 76:
                    errs.append("qp line over 76"); break
        if cte == "base64":
            try:
                base64.b64decode(b"".join(rawb.split()), validate=True)
            except Exception:
                errs.append("bad base64")
        data = part.get_payload(decode=True) or b""
        if part.get_content_maintype() != "text":
            continue
        cs = (part.get_content_charset() or "us-ascii").lower()
        if cte in ("7bit",) and any(b > 127 for b in data):
            errs.append("8-bit data labelled 7bit")
        if cs == "us-ascii" and any(b > 127 for b in data):
            errs.append("8-bit data labelled us-ascii")
        try:
            s = data.decode(cs, "strict")
        except Exception as e:
            errs.append(f"text part does not decode in {cs}: {e}"); continue
        if cs in ("iso-8859-1", "iso-8859-15", "windows-1252", "latin1") and any(b > 127 for b in data):
            try:
                data.decode("utf-8"); errs.append(f"valid UTF-8 labelled {cs}")
            except UnicodeDecodeError:
                pass
        if cs in ("iso-8859-1", "iso-8859-15") and any(0x80 <= b <= 0x9F for b in data):
            errs.append(f"C1 bytes labelled {cs}")
        if MOJI.search(s):
            errs.append("mojibake")
        m = re.search(r'<meta[^>]+charset=["\']?([\w-]+)', s, re.I)
        if m and m.group(1).lower() != cs:
            errs.append(f"meta charset {m.group(1)} != {cs}")
    return errs, msg

def check():
    bad = 0
    files = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    rows = list(csv.DictReader(open(LABELS, newline="")))
    if [r["file"] for r in rows] != [f"messages/{f}" for f in files]:
        print("labels.csv rows do not match messages/"); bad += 1
    for r in rows:
        fn = os.path.join(HERE, r["file"])
        if not os.path.exists(fn):
            continue
        raw = open(fn, "rb").read()
        errs, msg = check_one(fn, raw)
        lab, rt = r["label"], r["reply_to"]
        if lab not in LABELSET:
            errs.append(f"unknown label {lab}")
        if lab == "skip" and rt:
            errs.append("reply_to for skip")
        if lab != "skip":
            if not rt:
                errs.append("missing reply_to")
            elif rt.lower().endswith("@" + FIRM):
                errs.append("reply_to on firm domain")
            else:
                allt = raw.decode("latin-1").lower()
                dec = "".join((p.get_payload(decode=True) or b"").decode("latin-1").lower() for p in msg.walk() if not p.is_multipart() and p.get_content_type() != "message/rfc822")
                if rt.lower() not in allt and rt.lower() not in dec:
                    errs.append(f"reply_to {rt} not in message")
        for e in errs:
            print(f"{r['file']}: {e}")
        bad += bool(errs)
    print(f"checked {len(rows)} messages, {bad} with problems")
    return bad == 0

def write():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    for fn, lab, rt, grp, why, raw in MESSAGES:
        with open(os.path.join(OUT, fn), "wb") as f:
            f.write(raw)
    with open(LABELS, "w", newline="") as f:
        f.write("file,label,reply_to\r\n" if False else "file,label,reply_to\n")
        for fn, lab, rt, grp, why, raw in MESSAGES:
            f.write(f"messages/{fn},{lab},{rt}\n")
    with open(os.path.join(HERE, "index.tsv"), "w") as f:
        f.write("file\tgroup\tlabel\treply_to\twhy\n")
        for fn, lab, rt, grp, why, raw in MESSAGES:
            f.write(f"{fn}\t{grp}\t{lab}\t{rt}\t{why}\n")

if __name__ == "__main__":
    if "--check" not in sys.argv:
        build()
        write()
    sys.exit(0 if check() else 1)
