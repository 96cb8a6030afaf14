#!/usr/bin/env python3
"""Pairwise precision/recall of `recoupe names cluster` on an evaluation list
(ENTITY<TAB>LANG<TAB>NAME lines, # comments). Usage:
  python3 scripts/translit/eval_names.py Tests/RecoupeTests/Fixtures/translit/names-eval.tsv [path/to/recoupe]
Prints the figures and the wrongly merged / missed pairs."""
import itertools, subprocess, sys

path = sys.argv[1]
exe = sys.argv[2] if len(sys.argv) > 2 else ".build/release/recoupe"
rows = [l.rstrip("\n").split("\t") for l in open(path, encoding="utf-8") if l.strip() and not l.startswith("#")]
inp = "".join(f"{lang}\t{name}\n" for _, lang, name in rows)
out = subprocess.run([exe, "names", "cluster"], input=inp.encode(), capture_output=True, check=True).stdout.decode()
pred = [l.split("\t")[0] for l in out.splitlines()]
assert len(pred) == len(rows)
tp = fp = fn = 0
for (i, a), (j, b) in itertools.combinations(enumerate(rows), 2):
    same_gold, same_pred = a[0] == b[0], pred[i] == pred[j]
    if same_gold and same_pred: tp += 1
    elif same_pred: fp += 1; print("MERGED  ", a[2], "|", b[2])
    elif same_gold: fn += 1; print("MISSED  ", a[2], "|", b[2])
p = tp / (tp + fp) if tp + fp else 1.0
r = tp / (tp + fn) if tp + fn else 1.0
print(f"names={len(rows)} entities={len(set(r[0] for r in rows))} pairs: tp={tp} fp={fp} fn={fn} precision={p:.4f} recall={r:.4f}")
