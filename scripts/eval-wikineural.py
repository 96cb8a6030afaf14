#!/usr/bin/env python3
"""Measures Recoupe's PER/ORG/LOC precision and recall on a CoNLL-style French NER file.

Default input: /work/shared/eval/wikineural-fr-val.conllu (WikiNEuRal, Tedeschi et al., EMNLP 2021
Findings, French validation split; licence CC BY-NC-SA 4.0). It is read in place and never copied:
sentences are rebuilt by joining tokens with single spaces, grouped into documents of 20 sentences
(one per line) in a temporary folder, annotated with `recoupe annotate`, and compared by exact
span and label. MISC is ignored on both sides, and so are DATE mentions. Measure only: do not tune on it.

Any file in the same `index<TAB>token<TAB>tag` form can be scored the same way (the Europeana held-out
pages that scripts/ner/europeana-split.py writes, for one). `--ner rules|model|hybrid` is passed to annotate.

Usage: scripts/eval-wikineural.py [FILE] [--limit N] [--bin .build/release/recoupe] [--ner MODE]
"""
import argparse, collections, json, os, subprocess, sys, tempfile

ap = argparse.ArgumentParser()
ap.add_argument("file", nargs="?", default="/work/shared/eval/wikineural-fr-val.conllu")
ap.add_argument("--limit", type=int, default=0, help="only the first N sentences")
ap.add_argument("--bin", default=".build/release/recoupe")
ap.add_argument("--per-doc", type=int, default=20)
ap.add_argument("--errors", type=int, default=0, help="print the N most frequent errors of each kind")
ap.add_argument("--ner", choices=["rules", "model", "hybrid"], help="recognizer (annotate --ner); its default when omitted")
args = ap.parse_args()
if not os.path.exists(args.file):
    print(f"skipped: {args.file} not found"); sys.exit(0)

sentences, cur = [], []
with open(args.file, encoding="utf-8") as f:
    for line in f:
        line = line.rstrip("\n")
        if not line.strip():
            if cur: sentences.append(cur); cur = []
            continue
        parts = line.split("\t")
        if len(parts) >= 3: cur.append((parts[1], parts[2]))
if cur: sentences.append(cur)
if args.limit: sentences = sentences[: args.limit]

LABELS = ("PER", "ORG", "LOC")
gold_by_doc, docs = collections.defaultdict(set), []
with tempfile.TemporaryDirectory() as tmp:
    os.makedirs(f"{tmp}/in"); os.makedirs(f"{tmp}/out")
    for d in range(0, len(sentences), args.per_doc):
        name = f"d{d // args.per_doc:05d}"
        text, pos = [], 0
        for sent in sentences[d : d + args.per_doc]:
            starts = []
            for i, (tok, _) in enumerate(sent):
                starts.append(pos)
                pos += len(tok) + (1 if i + 1 < len(sent) else 0)
            line = " ".join(t for t, _ in sent)
            # Gold spans from BIO tags.
            span = None
            for i, (tok, tag) in enumerate(sent + [("", "O")]):
                if span and (tag == "O" or tag.startswith("B-") or tag[2:] != span[2]):
                    if span[2] in LABELS: gold_by_doc[name].add((span[0], span[1], span[2]))
                    span = None
                if tag.startswith("B-") or (tag.startswith("I-") and span is None):
                    span = [starts[i], starts[i] + len(tok), tag[2:]]
                elif tag.startswith("I-") and span:
                    span[1] = starts[i] + len(tok)
            text.append(line)
            pos += 1  # the newline
        with open(f"{tmp}/in/{name}.txt", "w", encoding="utf-8") as out:
            out.write("\n".join(text))
        docs.append(name)
    cmd = [args.bin, "annotate", f"{tmp}/in", "-o", f"{tmp}/out", "--lang", "fr"] + (["--ner", args.ner] if args.ner else [])
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0: print(r.stderr); sys.exit(1)
    tp, fp, fn = collections.Counter(), collections.Counter(), collections.Counter()
    confusions = collections.Counter()
    examples = collections.defaultdict(collections.Counter)
    rules = collections.defaultdict(collections.Counter)
    for name in docs:
        with open(f"{tmp}/out/{name}.json", encoding="utf-8") as f:
            doc = json.load(f)
        pred = {(e["start"], e["end"], e["label"]) for e in doc["ents"] if e["label"] in LABELS}
        for e in doc["ents"]:
            if e["label"] in LABELS:
                rules[e["rule"]][(e["start"], e["end"], e["label"]) in gold_by_doc[name]] += 1
        gold = gold_by_doc[name]
        for lab in LABELS:
            p = {x for x in pred if x[2] == lab}; g = {x for x in gold if x[2] == lab}
            tp[lab] += len(p & g); fp[lab] += len(p - g); fn[lab] += len(g - p)
        gspans = {(s, e): l for s, e, l in gold}
        for s, e, l in pred:
            if (s, e) in gspans and gspans[(s, e)] != l:
                confusions[(gspans[(s, e)], l)] += 1
                examples[f"{gspans[(s, e)]}->{l}"][doc["text"][s:e]] += 1
            elif (s, e, l) not in gold:
                examples[f"spurious {l}"][doc["text"][s:e]] += 1
        pspans = {(s, e) for s, e, _ in pred}
        for s, e, l in gold:
            if (s, e) not in pspans: examples[f"missed {l}"][doc["text"][s:e]] += 1

print(f"{os.path.basename(args.file)}{' --ner ' + args.ner if args.ner else ''}: {len(sentences)} sentences, {len(docs)} documents; exact span and label")
T = collections.Counter()
for lab in LABELS:
    p = tp[lab] / (tp[lab] + fp[lab]) if tp[lab] + fp[lab] else 0.0
    r = tp[lab] / (tp[lab] + fn[lab]) if tp[lab] + fn[lab] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"{lab}: P={p:.3f} R={r:.3f} F1={f:.3f} (tp {tp[lab]}, fp {fp[lab]}, fn {fn[lab]})")
    T["tp"] += tp[lab]; T["fp"] += fp[lab]; T["fn"] += fn[lab]
p = T["tp"] / (T["tp"] + T["fp"]) if T["tp"] + T["fp"] else 0; r = T["tp"] / (T["tp"] + T["fn"]) if T["tp"] + T["fn"] else 0
print(f"micro: P={p:.3f} R={r:.3f} F1={(2*p*r/(p+r) if p+r else 0):.3f}")
print("precision by rule:", ", ".join(f"{r} {c[True] / (c[True] + c[False]):.2f} ({c[True] + c[False]})" for r, c in sorted(rules.items(), key=lambda x: -sum(x[1].values()))))
print("label confusions (gold→predicted, same span):", dict(confusions.most_common(6)))
if args.errors:
    for kind, c in sorted(examples.items()):
        print(f"{kind} ({sum(c.values())}):", ", ".join(f"{t} ×{n}" for t, n in c.most_common(args.errors)))
