#!/usr/bin/env python3
"""Writes N synthetic person-name spellings (LANG<TAB>NAME) for timing `recoupe names cluster`.
Deterministic (seeded). Given names from Lexicons/names/given-names.tsv, surnames from the last word
of the press list Tests/RecoupeTests/Fixtures/translit/names-eval.tsv; a share of the names get a
middle name, an initial, a particle or family-name-first order. Usage:
  python3 scripts/names/synth_names.py 100000 > /tmp/names-100k.tsv"""
import random, sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
rng = random.Random(19)
given = []
for l in open("Lexicons/names/given-names.tsv", encoding="utf-8"):
    if l.startswith("#") or not l.strip(): continue
    given += [s for s in l.rstrip("\n").split("\t")[2].split("|") if s.isascii()]
surnames = sorted({l.rstrip("\n").split("\t")[2].split()[-1]
                   for l in open("Tests/RecoupeTests/Fixtures/translit/names-eval.tsv", encoding="utf-8")
                   if l.strip() and not l.startswith("#")})
particles = ["van", "de", "von", "van der", "al-"]
out = []
for _ in range(n):
    g, s = rng.choice(given), rng.choice(surnames)
    r = rng.random()
    if r < 0.15: name = f"{g} {rng.choice(given)} {s}"
    elif r < 0.25: name = f"{g[0]}. {s}"
    elif r < 0.32: name = f"{g} {rng.choice(particles)} {s}".replace("- ", "-")
    elif r < 0.40: name = f"{s} {g}"
    else: name = f"{g} {s}"
    out.append(f"{rng.choice(['-', 'fr', 'en', 'de', 'ru'])}\t{name}\n")
sys.stdout.write("".join(out))
