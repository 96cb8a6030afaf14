#!/usr/bin/env python3
"""Fixed page split of the Europeana Newspapers French NER corpus (CC0) for training Recoupe's tagger.

Reads enp_FR.bnf.bio (one `token TAG` a line, IO tags, no sentence breaks) and the page line ranges of
enp_FR.bnf.md beside it (past the last known range, blocks of 6,000 lines). Pages are numbered in file order; page k is held out when k % 5 == 2 (about a
fifth, spread over the newspapers and years), the rest is for training. Within a page, pseudo-sentences
end after a `.`, `!` or `?` token, or at 60 tokens. Output: CoNLL `index<TAB>token<TAB>tag`, a blank line
between sentences (the format of scripts/eval-wikineural.py and `recoupe train ner`).

Usage: scripts/ner/europeana-split.py [--corpus DIR] [--out-dir .build-ner]
"""
import argparse, os, re

ap = argparse.ArgumentParser()
ap.add_argument("--corpus", default="../shared/eval/europeana-fr-ner")
ap.add_argument("--out-dir", default=".build-ner")
args = ap.parse_args()

with open(os.path.join(args.corpus, "enp_FR.bnf.md"), encoding="utf-8", errors="replace") as f:
    ranges = [(int(a), int(b)) for a, b in re.findall(r"L0*(\d+)\s*-\s*L0*(\d+)", f.read())]
with open(os.path.join(args.corpus, "enp_FR.bnf.bio"), encoding="utf-8", errors="replace") as f:
    lines = [l.rstrip("\n") for l in f]
# The md gives line ranges for the first pages only (the rest read "L000??? - L000???"): past the last
# known range, pages are cut every 6,000 lines (about one page).
ranges = [(a, b) for a, b in ranges if a <= b]
pos = ranges[-1][1] + 1 if ranges else 1
while pos <= len(lines):
    ranges.append((pos, min(pos + 5999, len(lines))))
    pos += 6000

os.makedirs(args.out_dir, exist_ok=True)
outs = {"train": open(os.path.join(args.out_dir, "europeana-train.conll"), "w", encoding="utf-8"),
        "heldout": open(os.path.join(args.out_dir, "europeana-heldout.conll"), "w", encoding="utf-8")}
counts = {"train": [0, 0], "heldout": [0, 0]}
for k, (a, b) in enumerate(ranges):
    part = "heldout" if k % 5 == 2 else "train"
    out, sent = outs[part], []
    def flush():
        if sent:
            for i, (tok, tag) in enumerate(sent):
                out.write(f"{i + 1}\t{tok}\t{tag}\n")
            out.write("\n")
            counts[part][1] += 1
        sent.clear()
    for line in lines[a - 1 : b]:
        parts = line.rsplit(" ", 1)
        if len(parts) != 2 or not parts[0].strip():
            continue
        tok, tag = parts[0].strip().replace("\t", " "), parts[1].strip()
        sent.append((tok, tag if tag in ("I-PER", "I-LOC", "I-ORG", "O") else "O"))
        counts[part][0] += 1
        if tok in (".", "!", "?") or len(sent) >= 60:
            flush()
    flush()
for o in outs.values():
    o.close()
print(f"europeana: {len(ranges)} pages; train {counts['train'][0]} tokens / {counts['train'][1]} sentences; "
      f"held out {counts['heldout'][0]} tokens / {counts['heldout'][1]} sentences (pages k % 5 == 2)")
