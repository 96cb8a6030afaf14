#!/usr/bin/env python3
"""The French Wikinews gold: inline annotations (src/ID.ann) → gold JSON (ID.json), checks, split, agreement.

Tests/RecoupeTests/Gold/wikinews-fr/GUIDELINES.md defines the markup (⟦HEADER|surface⟧). Commands:

  wikinews-gold.py check [ID …]          parse and validate the .ann files (text equals the corpus, ids defined)
  wikinews-gold.py build                 check, then write ID.json for every article (and split.tsv if missing)
  wikinews-gold.py validate [DIR]        validate gold JSON files (spans slice the text, speakers inside, kb ids defined)
  wikinews-gold.py agree DIR_A DIR_B     inter-annotator agreement of two .ann folders on the articles both hold
  wikinews-gold.py export-jsonl SPLIT OUT   one JSON line {id, text, ents} per article of the split (NER training data)

.ann files are read from src/ (RECOUPE_ANN_DIR overrides); the corpus from ../shared/corpus/wikinews-fr beside the repository (RECOUPE_WIKINEWS overrides).
"""
import glob, hashlib, json, os, random, re, sys, unicodedata

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
GOLD = os.path.join(ROOT, "Tests", "RecoupeTests", "Gold", "wikinews-fr")
OUT = os.environ.get("RECOUPE_GOLD_OUT", GOLD)
ANN_DIR = os.environ.get("RECOUPE_ANN_DIR", os.path.join(GOLD, "src"))
CORPUS = os.environ.get("RECOUPE_WIKINEWS", os.path.join(ROOT, "..", "shared", "corpus", "wikinews-fr"))
LABELS = {"PER", "ORG", "LOC", "MISC"}
KINDS = {"direct", "partial", "indirect", "mention"}
MODALITIES = {"stated", "speculative", "former", "denied"}
TOPICS = ["politique", "international", "economie", "justice", "societe", "science", "sport", "culture"]
DATE_RE = re.compile(r"^(\?|\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?)$")
SLUG_RE = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
OPEN, CLOSE = "\u27e6", "\u27e7"


class AnnError(Exception):
    pass


def metadata():
    out = {}
    with open(os.path.join(CORPUS, "metadata.jsonl"), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                out[r["id"]] = r
    return out


def parse_ann(src):
    """Returns (topic, text, spans) where spans are (start, end, header words) in code points."""
    topic = None
    lines = src.split("\n")
    while lines and lines[0].startswith("%%"):
        m = re.match(r"%%\s*topic:\s*(\S+)", lines[0])
        if m:
            topic = m.group(1)
        lines.pop(0)
    body = "\n".join(lines)
    text, stack, spans = [], [], []
    pos, i = 0, 0
    while i < len(body):
        c = body[i]
        if c == OPEN:
            bar = body.find("|", i)
            nxt = body.find(OPEN, i + 1)
            if bar < 0 or (0 <= nxt < bar):
                raise AnnError(f"header without '|' at source character {i}: {body[i:i+40]!r}")
            header = body[i + 1:bar].split()
            if not header:
                raise AnnError(f"empty header at source character {i}")
            stack.append((pos, header, i))
            i = bar + 1
        elif c == CLOSE:
            if not stack:
                raise AnnError(f"'{CLOSE}' without an opening at source character {i}: {body[max(0,i-40):i+1]!r}")
            start, header, _ = stack.pop()
            spans.append((start, pos, header))
            i += 1
        else:
            text.append(c)
            pos += 1
            i += 1
    if stack:
        _, header, at = stack[-1]
        raise AnnError(f"unclosed span {' '.join(header)!r} at source character {at}")
    return topic, "".join(text), spans


def interpret(doc_id, topic, text, spans, meta):
    """Turns parsed spans into the gold JSON object; raises AnnError listing every problem."""
    problems = []
    ents, dates, quotes, roles = [], [], {}, []
    speakers, cues, incises = {}, {}, {}
    for start, end, h in spans:
        kind, args = h[0], h[1:]
        surface = text[start:end]
        where = f"{kind} {' '.join(args)} [{start},{end}) {surface[:40]!r}"
        if surface != surface.strip() and kind not in ("Q", "INC"):
            problems.append(f"{where}: span starts or ends with white space")
        if not surface:
            problems.append(f"{where}: empty span")
        if kind in LABELS:
            if len(args) != 1 or not SLUG_RE.match(args[0]):
                problems.append(f"{where}: wants one id (lowercase slug)")
                continue
            ents.append({"start": start, "end": end, "label": kind, "kb_id": args[0], "surface": surface})
        elif kind == "DATE":
            if len(args) != 1 or not DATE_RE.match(args[0]):
                problems.append(f"{where}: wants one ISO value or ?")
                continue
            dates.append({"start": start, "end": end, "surface": surface, "value": None if args[0] == "?" else args[0]})
        elif kind == "Q":
            if len(args) != 3 or args[1] not in KINDS or not (args[2] == "-" or SLUG_RE.match(args[2])):
                problems.append(f"{where}: wants 'Q id kind speaker'")
                continue
            if args[0] in quotes:
                problems.append(f"{where}: quotation id used twice")
            quotes[args[0]] = {"start": start, "end": end, "kind": args[1],
                               "speaker_kb": None if args[2] == "-" else args[2], "text": surface}
        elif kind in ("SPK", "CUE", "INC"):
            if len(args) != 1:
                problems.append(f"{where}: wants quotation ids")
                continue
            for qid in args[0].split(","):
                table = {"SPK": speakers, "CUE": cues, "INC": incises}[kind]
                table.setdefault(qid, []).append((start, end))
        elif kind == "ROLE":
            if len(args) != 2 or args[1] not in MODALITIES:
                problems.append(f"{where}: wants 'ROLE entity modality'")
                continue
            roles.append({"kb_id": args[0], "start": start, "end": end, "text": surface, "modality": args[1]})
        else:
            problems.append(f"{where}: unknown header")

    # Entities: one label per id.
    entities = {}
    for m in sorted(ents, key=lambda m: m["start"]):
        e = entities.setdefault(m["kb_id"], {"id": m["kb_id"], "label": m["label"], "canonical": m["surface"],
                                             "mentions": 0})
        if e["label"] != m["label"]:
            problems.append(f"entity {m['kb_id']}: labelled {e['label']} and {m['label']}")
        e["mentions"] += 1
        if len(m["surface"]) > len(e["canonical"]):
            e["canonical"] = m["surface"]

    out_quotes = []
    for qid, q in quotes.items():
        for table, name in ((speakers, "SPK"), (cues, "CUE"), (incises, "INC")):
            if len(table.get(qid, [])) > 1 and name != "INC":
                problems.append(f"quotation {qid}: {len(table[qid])} {name} spans")
        spk = speakers.get(qid, [None])[0]
        cue = cues.get(qid, [None])[0]
        if q["speaker_kb"] and spk is None:
            problems.append(f"quotation {qid}: speaker {q['speaker_kb']} but no SPK span")
        if spk and q["speaker_kb"] is None:
            problems.append(f"quotation {qid}: SPK span but speaker '-'")
        if q["speaker_kb"] and q["speaker_kb"] not in entities:
            # A speaker never named by an entity mention is declared by its SPK span alone.
            entities[q["speaker_kb"]] = {"id": q["speaker_kb"], "label": "PER", "canonical": text[spk[0]:spk[1]] if spk else "",
                                         "mentions": 0, "description": True}
        inc = sorted(incises.get(qid, []))
        for s, e in inc:
            if not (q["start"] <= s and e <= q["end"]):
                problems.append(f"quotation {qid}: incise [{s},{e}) outside the quotation")
        # Content: without the marks (direct/partial/mention) and without incises.
        cs, ce = q["start"], q["end"]
        if q["kind"] != "indirect":
            while cs < ce and (text[cs] in "«“\"‘'„‹" or text[cs].isspace()):
                cs += 1
            while ce > cs and (text[ce - 1] in "»”\"’'‹›" or text[ce - 1].isspace()):
                ce -= 1
        segments, at = [], cs
        for s, e in inc:
            if s > at:
                segments.append([at, s])
            at = max(at, e)
        if ce > at:
            segments.append([at, ce])
        segments = [{"start": s, "end": e} for s, e in trim_segments(text, segments)]
        out_quotes.append({
            "id": qid, "start": q["start"], "end": q["end"], "kind": q["kind"], "text": q["text"],
            "segments": segments,
            "speaker": None if q["speaker_kb"] is None else {
                "start": spk[0] if spk else None, "end": spk[1] if spk else None,
                "text": text[spk[0]:spk[1]] if spk else None, "kb_id": q["speaker_kb"]},
            "cue": None if cue is None else {"start": cue[0], "end": cue[1], "text": text[cue[0]:cue[1]]},
            "incises": [{"start": s, "end": e, "text": text[s:e]} for s, e in inc],
        })
    for qid in set(speakers) | set(cues) | set(incises):
        if qid not in quotes:
            problems.append(f"SPK/CUE/INC names quotation {qid}, which is not defined")
    for r in roles:
        if r["kb_id"] not in entities:
            problems.append(f"role {r['text']!r}: entity {r['kb_id']} is not defined")
        elif entities[r["kb_id"]]["label"] != "PER":
            problems.append(f"role {r['text']!r}: entity {r['kb_id']} is not a person")
        # Evidence: the sentence span around the role (to the nearest . ! ? or line end).
        s = max(text.rfind(". ", 0, r["start"]) + 2, text.rfind("\n", 0, r["start"]) + 1, 0)
        e_candidates = [i for i in (text.find(". ", r["end"]), text.find("\n", r["end"])) if i >= 0]
        e = min(e_candidates) + 1 if e_candidates else len(text)
        r["evidence"] = {"start": s, "end": min(e, len(text))}
    if topic not in TOPICS:
        problems.append(f"topic {topic!r} is not one of {', '.join(TOPICS)}")
    if problems:
        raise AnnError("\n  ".join(problems))
    return {
        "id": doc_id,
        "source": "Wikinews contributors, fr.wikinews.org, CC BY 2.5",
        "title": meta.get("title"), "dateline": meta.get("dateline"), "topic": topic,
        "text_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        "text": text,
        "ents": sorted(ents, key=lambda m: (m["start"], m["end"])),
        "entities": sorted(entities.values(), key=lambda e: e["id"]),
        "quotes": sorted(out_quotes, key=lambda q: (q["start"], q["end"])),
        "roles": sorted(roles, key=lambda r: r["start"]),
        "dates": sorted(dates, key=lambda d: d["start"]),
    }


def trim_segments(text, segments):
    out = []
    for s, e in segments:
        while s < e and (text[s].isspace() or text[s] in ",;"):
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def load_ann(path, meta):
    doc_id = os.path.basename(path)[:-4]
    src = open(path, encoding="utf-8").read()
    topic, text, spans = parse_ann(src)
    corpus_path = os.path.join(CORPUS, doc_id + ".txt")
    if os.path.exists(corpus_path):
        original = open(corpus_path, encoding="utf-8").read()
        if text != original:
            n = next((i for i, (a, b) in enumerate(zip(text, original)) if a != b), min(len(text), len(original)))
            raise AnnError(f"text differs from the corpus at code point {n}: "
                           f"annotated {text[max(0,n-30):n+30]!r} vs corpus {original[max(0,n-30):n+30]!r}")
    return interpret(doc_id, topic, text, spans, meta.get(doc_id, {}))


def lexicon_index():
    """Exact canonical names and aliases of Lexicons/entities → lexicon id (ambiguous names left out)."""
    index, seen = {}, {}
    for path in glob.glob(os.path.join(ROOT, "Lexicons", "entities", "*.tsv")):
        for line in open(path, encoding="utf-8"):
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 3:
                continue
            lid, label, canonical = cols[0], cols[1], cols[2]
            names = [canonical]
            if len(cols) > 3 and cols[3]:
                names += [n.split(":", 1)[1] if ":" in n else n for n in cols[3].split("|")]
            if len(cols) > 4 and cols[4]:
                names += cols[4].split("|")
            for n in names:
                key = (label, unicodedata.normalize("NFC", n.strip()))
                seen.setdefault(key, set()).add(lid)
    for key, ids in seen.items():
        if len(ids) == 1:
            index[key] = next(iter(ids))
    return index


def stratified_split(topics, dev_share=0.6, seed=13):
    """Fixed 60/40 split, stratified by topic (seeded, so reruns give the same split)."""
    rng = random.Random(seed)
    by_topic = {}
    for doc_id, t in sorted(topics.items()):
        by_topic.setdefault(t, []).append(doc_id)
    split, carry = {}, 0.0
    for t in sorted(by_topic):
        ids = by_topic[t]
        rng.shuffle(ids)
        want = len(ids) * dev_share + carry
        n_dev = int(round(want))
        carry = want - n_dev
        for i, doc_id in enumerate(ids):
            split[doc_id] = "dev" if i < n_dev else "test"
    return split


def cmd_check(ids):
    meta = metadata()
    paths = sorted(glob.glob(os.path.join(ANN_DIR, "*.ann")))
    if ids:
        paths = [p for p in paths if os.path.basename(p)[:-4] in ids]
    bad = 0
    docs = []
    for p in paths:
        try:
            docs.append(load_ann(p, meta))
        except AnnError as e:
            bad += 1
            print(f"{os.path.relpath(p, ROOT)}:\n  {e}")
    print(f"{len(paths) - bad} of {len(paths)} articles check")
    return docs, bad


def cmd_build():
    docs, bad = cmd_check([])
    if bad:
        sys.exit(1)
    lex = lexicon_index()
    split_path = os.path.join(GOLD, "split.tsv")
    if os.path.exists(split_path):
        split = dict(l.split("\t")[:2] for l in open(split_path, encoding="utf-8").read().splitlines()[1:] if l)
    else:
        split = stratified_split({d["id"]: d["topic"] for d in docs})
        with open(split_path, "w", encoding="utf-8") as f:
            f.write("id\tsplit\ttopic\n")
            for d in sorted(docs, key=lambda d: d["id"]):
                f.write(f"{d['id']}\t{split[d['id']]}\t{d['topic']}\n")
    for d in docs:
        d["split"] = split.get(d["id"])
        for e in d["entities"]:
            lid = lex.get((e["label"], unicodedata.normalize("NFC", e["canonical"])))
            if lid is None:
                for m in d["ents"]:
                    if m["kb_id"] == e["id"]:
                        lid = lex.get((e["label"], m["surface"]))
                        if lid:
                            break
            e["lexicon_id"] = lid
        with open(os.path.join(OUT, d["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(d, f, ensure_ascii=False, indent=1)
            f.write("\n")
    if OUT != GOLD and os.path.exists(split_path):
        import shutil
        shutil.copy(split_path, os.path.join(OUT, "split.tsv"))
    print(f"wrote {len(docs)} gold files to {OUT}")


def validate_doc(d):
    problems = []
    text = d["text"]
    n = len(text)
    ids = {e["id"] for e in d.get("entities", [])}

    def span(s, what):
        if not (isinstance(s.get("start"), int) and isinstance(s.get("end"), int) and 0 <= s["start"] < s["end"] <= n):
            problems.append(f"{what}: span [{s.get('start')},{s.get('end')}) outside the text")
            return False
        for key in ("surface", "text"):
            if key in s and s[key] is not None and text[s["start"]:s["end"]] != s[key]:
                problems.append(f"{what}: [{s['start']},{s['end']}) slices {text[s['start']:s['end']]!r}, not {s[key]!r}")
        return True

    for m in d.get("ents", []):
        span(m, f"entity {m.get('surface')!r}")
        if m.get("kb_id") not in ids:
            problems.append(f"entity {m.get('surface')!r}: kb_id {m.get('kb_id')} not defined")
    for q in d.get("quotes", []):
        span(q, f"quotation {q.get('id')}")
        for s in q.get("segments", []):
            span(s, f"quotation {q.get('id')} segment")
        sp = q.get("speaker")
        if sp:
            if sp.get("start") is not None:
                span(sp, f"speaker of {q.get('id')}")
            if sp.get("kb_id") not in ids:
                problems.append(f"speaker of {q.get('id')}: kb_id {sp.get('kb_id')} not defined")
        if q.get("cue"):
            span(q["cue"], f"cue of {q.get('id')}")
    for r in d.get("roles", []):
        span(r, f"role {r.get('text')!r}")
        if r.get("kb_id") not in ids:
            problems.append(f"role {r.get('text')!r}: kb_id {r.get('kb_id')} not defined")
    for x in d.get("dates", []):
        span(x, f"date {x.get('surface')!r}")
    return problems


def cmd_validate(folder):
    paths = sorted(glob.glob(os.path.join(folder, "*.json")))
    bad = 0
    for p in paths:
        problems = validate_doc(json.load(open(p, encoding="utf-8")))
        if problems:
            bad += 1
            print(f"{p}:\n  " + "\n  ".join(problems))
    print(f"{len(paths) - bad} of {len(paths)} gold files valid")
    sys.exit(1 if bad or not paths else 0)


def f1(a, b, match):
    tp_a = sum(1 for x in a if any(match(x, y) for y in b))
    tp_b = sum(1 for y in b if any(match(x, y) for x in a))
    p = tp_a / len(a) if a else 1.0
    r = tp_b / len(b) if b else 1.0
    return (2 * p * r / (p + r) if p + r else 0.0), len(a), len(b)


def cmd_agree(dir_a, dir_b):
    meta = metadata()
    ids = sorted(set(os.path.basename(p)[:-4] for p in glob.glob(os.path.join(dir_a, "*.ann")))
                 & set(os.path.basename(p)[:-4] for p in glob.glob(os.path.join(dir_b, "*.ann"))))
    ent_a, ent_b, q_a, q_b, dates_a, dates_b = [], [], [], [], [], []
    spk_same = spk_total = 0
    kind_same = 0
    for i in ids:
        a = load_ann(os.path.join(dir_a, i + ".ann"), meta)
        b = load_ann(os.path.join(dir_b, i + ".ann"), meta)
        ent_a += [(i, m["start"], m["end"], m["label"]) for m in a["ents"]]
        ent_b += [(i, m["start"], m["end"], m["label"]) for m in b["ents"]]
        dates_a += [(i, x["start"], x["end"], x["value"]) for x in a["dates"]]
        dates_b += [(i, x["start"], x["end"], x["value"]) for x in b["dates"]]
        qa = [q for q in a["quotes"] if q["kind"] in ("direct", "partial")]
        qb = [q for q in b["quotes"] if q["kind"] in ("direct", "partial")]
        q_a += [(i, q["start"], q["end"]) for q in qa]
        q_b += [(i, q["start"], q["end"]) for q in qb]
        # Speakers: over quotations both annotators marked (same span), same speaker entity by mention overlap.
        for x in qa:
            for y in qb:
                if (x["start"], x["end"]) == (y["start"], y["end"]):
                    kind_same += x["kind"] == y["kind"]
                    if x["speaker"] or y["speaker"]:
                        spk_total += 1
                        spk_same += same_entity(a, b, x["speaker"], y["speaker"])
    ents = f1(ent_a, ent_b, lambda x, y: x == y)
    ents_unl = f1(ent_a, ent_b, lambda x, y: x[:3] == y[:3])
    quotes = f1(q_a, q_b, lambda x, y: x == y)
    dates = f1(dates_a, dates_b, lambda x, y: x[:3] == y[:3])
    dvals = f1(dates_a, dates_b, lambda x, y: x == y)
    print(f"articles annotated twice: {len(ids)}")
    print(f"entities, exact span and label: F1 {ents[0]:.3f} ({ents[1]} / {ents[2]} mentions)")
    print(f"entities, exact span: F1 {ents_unl[0]:.3f}")
    print(f"quotations (direct + partial), exact span: F1 {quotes[0]:.3f} ({quotes[1]} / {quotes[2]})")
    print(f"speaker agreement on quotations both marked: {spk_same}/{spk_total}"
          f" = {spk_same / spk_total if spk_total else 1:.3f}")
    print(f"dates, exact span: F1 {dates[0]:.3f}; span and value: F1 {dvals[0]:.3f}")


def same_entity(a, b, sa, sb):
    if not sa or not sb:
        return sa is None and sb is None
    spans_a = {(m["start"], m["end"]) for m in a["ents"] if m["kb_id"] == sa["kb_id"]} | {(sa["start"], sa["end"])}
    spans_b = {(m["start"], m["end"]) for m in b["ents"] if m["kb_id"] == sb["kb_id"]} | {(sb["start"], sb["end"])}
    return bool(spans_a & spans_b)


if __name__ == "__main__":
    args = sys.argv[1:]
    if not args or args[0] in ("-h", "--help"):
        print(__doc__)
    elif args[0] == "check":
        sys.exit(1 if cmd_check(args[1:])[1] else 0)
    elif args[0] == "build":
        cmd_build()
    elif args[0] == "validate":
        cmd_validate(args[1] if len(args) > 1 else GOLD)
    elif args[0] == "export-jsonl" and len(args) == 3:
        split = dict(l.split("\t")[:2] for l in open(os.path.join(GOLD, "split.tsv"), encoding="utf-8").read().splitlines()[1:] if l)
        with open(args[2], "w", encoding="utf-8") as f:
            for path in sorted(glob.glob(os.path.join(GOLD, "*.json"))):
                d = json.load(open(path, encoding="utf-8"))
                if split.get(d["id"]) == args[1]:
                    ents = [{"start": m["start"], "end": m["end"], "label": m["label"]} for m in d["ents"]]
                    f.write(json.dumps({"id": d["id"], "text": d["text"], "ents": ents}, ensure_ascii=False) + "\n")
    elif args[0] == "agree" and len(args) == 3:
        cmd_agree(args[1], args[2])
    else:
        print(__doc__)
        sys.exit(2)
