#!/usr/bin/env python3
"""Writes N articles for the `compare --stories` benchmark: each Wikinews article of
../shared/corpus/wikinews-fr (CC BY 2.5, "Wikinews contributors") retold by several invented
outlets (a paragraph dropped or moved, publication dates a day or two apart), with front matter.
Usage: scripts/compare-corpus.py N OUT_DIR. The output is generated data: never commit it."""
import json, os, sys, datetime

MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]

def dateline(s):
    try:
        d, m, y = s.split()
        return datetime.date(int(y), MONTHS.index(m) + 1, int(d.replace("er", "")))
    except Exception:
        return datetime.date(2012, 6, 1)

def main():
    n, out = int(sys.argv[1]), sys.argv[2]
    root = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "corpus", "wikinews-fr")
    meta = [json.loads(l) for l in open(os.path.join(root, "metadata.jsonl"), encoding="utf-8")]
    os.makedirs(out, exist_ok=True)
    for i in range(n):
        m = meta[i % len(meta)]
        v = i // len(meta)
        text = open(os.path.join(root, f"{m['id']}.txt"), encoding="utf-8").read()
        paras = [p for p in text.split("\n\n") if p.strip()]
        if len(paras) > 3:
            del paras[1 + v % (len(paras) - 1)]
            if v % 2:
                paras[1], paras[2] = paras[2], paras[1]
        date = dateline(m.get("dateline", "")) + datetime.timedelta(days=v % 3)
        front = f"---\ndate: {date.isoformat()}\noutlet: Outlet {v + 1}\ntitle: {json.dumps(m.get('title', ''), ensure_ascii=False)}\n---\n"
        with open(os.path.join(out, f"{m['id']}-{v + 1:03d}.txt"), "w", encoding="utf-8") as f:
            f.write(front + "\n\n".join(paras) + "\n")

if __name__ == "__main__":
    main()
