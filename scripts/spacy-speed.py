#!/usr/bin/env python3
"""spaCy throughput on a folder of .txt files, for docs/performance.md: MODEL (a spaCy package name, or "blank" for
spacy.blank("fr")) and FOLDER. Prints MB, tokens, wall and CPU seconds, MB per CPU-second, peak RSS.
Run with .venv-spacy/bin/python (make eval-spacy creates it)."""
import sys, time, glob, os, resource
import spacy
files = sorted(glob.glob(sys.argv[2] + "/*.txt"))
texts = [open(f, encoding="utf-8").read() for f in files]
nbytes = sum(len(t.encode()) for t in texts)
nlp = spacy.load(sys.argv[1]) if sys.argv[1] != "blank" else spacy.blank("fr")
nlp.max_length = 10**8
c0 = time.process_time(); t0 = time.time(); ntok = 0
for t in texts:
    # long novels: by paragraph, as spaCy's docs advise for long texts
    for d in nlp.pipe(t.split("\n\n"), batch_size=64):
        ntok += len(d)
c1 = time.process_time(); t1 = time.time()
print(f"{sys.argv[1]}: {nbytes/1e6:.3f} MB {ntok} tokens wall {t1-t0:.2f} s cpu {c1-c0:.2f} s = {nbytes/1e6/(c1-c0):.3f} MB/CPU-s, peak {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss/1024:.0f} MB")
