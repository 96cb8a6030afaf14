#!/usr/bin/env python3
"""Builds the news development gold from its hand-annotated sources.

Tests/RecoupeTests/Gold/news/src/NAME.ann holds an article with every PER, ORG and LOC written
{LABEL|surface}; this writes NAME.txt (the plain text) and NAME.entities.tsv (code-point offsets,
format in Tests/RecoupeTests/Gold/README.md) beside src/. Re-run after editing a .ann file.
"""
import glob, os, re

here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "RecoupeTests", "Gold", "news")
for path in sorted(glob.glob(os.path.join(here, "src", "*.ann"))):
    name = os.path.basename(path)[:-4]
    src = open(path, encoding="utf-8").read()
    text, rows, pos = [], [], 0
    for m in re.finditer(r"\{(PER|ORG|LOC)\|([^{}]+)\}|([^{]+|\{)", src):
        if m.group(1):
            start = sum(map(len, text))
            text.append(m.group(2))
            rows.append(f"{start}\t{start + len(m.group(2))}\t{m.group(1)}\t{m.group(2)}")
        else:
            text.append(m.group(3))
    with open(os.path.join(here, name + ".txt"), "w", encoding="utf-8") as f:
        f.write("".join(text))
    with open(os.path.join(here, name + ".entities.tsv"), "w", encoding="utf-8") as f:
        f.write(f"# Gold PER/ORG/LOC of news/{name}.txt (generated from src/{name}.ann by scripts/news-gold.py).\n")
        f.write("# start\tend\tlabel\tsurface\n" + "".join(r + "\n" for r in rows))
