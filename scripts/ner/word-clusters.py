#!/usr/bin/env python3
"""Distributional word clusters for Recoupe's NER tagger (issue 15): which words are used alike.

The tagger knows a word by its spelling only; an unseen capitalised word after "à" or "les" gets the
label its spelling suggests. A cluster id says "this word occurs where place names (or institutions,
or given names …) occur", learnt from unlabeled text, so the tagger's weights for a cluster reach
words it never saw labelled.

Text (all shippable): ELTeC-fra novels (public domain), the Europeana NER training pages (CC0; the
held-out pages are left out, they score the tagger) and the Wikinews DEV split articles (CC BY 2.5;
never the test split, never WikiNEuRal).

Method (deterministic, seed 1): words as Recoupe's tokenizer and normalizer make them (NFC, case-folded,
diacritics kept, ’ → ', elisions "l'" "d'" … split off, hyphenated words kept whole); the VOCAB most
frequent norms seen at least MIN_COUNT times; contexts: the CONTEXTS most frequent norms at each of
the offsets −2, −1, +1, +2 (positioned); positive PMI with context-distribution smoothing (α 0.75);
truncated SVD (DIMS dimensions, singular values to the power 0.5), rows L2-normalised; k-means
(k-means++ seeding, Lloyd) for each K in KS. Output: a TSV, `norm<TAB>c<K1><TAB>c<K2>…`, one header
line naming the columns, words sorted by frequency.

Usage: python3 scripts/ner/word-clusters.py [--eltec DIR] [--europeana FILE] [--wikinews-dev FILE]
         [--out Lexicons/models/word-clusters-fr.tsv] [--vocab 40000] [--contexts 3000] [--ks 64,256,1024]
"""
import argparse, collections, glob, json, os, re, sys, unicodedata

import numpy as np
import scipy.sparse as sp
from scipy.sparse.linalg import svds

ap = argparse.ArgumentParser()
ap.add_argument("--eltec", default="../shared/corpus/eltec-fra")
ap.add_argument("--europeana", default=".build-ner/europeana-train.conll")
ap.add_argument("--wikinews-dev", default=".build-ner/wikinews-dev.jsonl")
ap.add_argument("--out", default="Lexicons/models/word-clusters-fr.tsv")
ap.add_argument("--vocab", type=int, default=40000)
ap.add_argument("--min-count", type=int, default=5)
ap.add_argument("--contexts", type=int, default=3000)
ap.add_argument("--dims", type=int, default=100)
ap.add_argument("--ks", default="64,256,1024")
ap.add_argument("--iterations", type=int, default=25)
ap.add_argument("--seed", type=int, default=1)
args = ap.parse_args()

ELISIONS = {"l'", "d'", "j'", "m'", "n'", "s'", "t'", "c'", "qu'", "jusqu'", "lorsqu'", "puisqu'", "quoiqu'", "presqu'", "quelqu'"}
WORD = re.compile(r"[^\W_]+(?:['-][^\W_]+)*'?|[^\w\s]", re.UNICODE)


def norms(line):
    """Recoupe's norms of a line, approximately: NFC, case-folded, ’ unified, elisions split off."""
    line = unicodedata.normalize("NFC", line).replace("\u2019", "'").replace("\u02bc", "'")
    out = []
    for w in WORD.findall(line.casefold()):
        while "'" in w[:-1]:
            head, rest = w.split("'", 1)
            if head + "'" in ELISIONS and rest:
                out.append(head + "'")
                w = rest
            else:
                break
        out.append(w)
    return out


def sentences():
    for path in sorted(glob.glob(os.path.join(args.eltec, "FRA*.txt"))):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    yield norms(line)
    if os.path.exists(args.europeana):
        words = []
        with open(args.europeana, encoding="utf-8") as f:
            for line in f:
                cols = line.rstrip("\n").split("\t")
                if len(cols) < 2:
                    if words:
                        yield norms(" ".join(words))
                    words = []
                else:
                    words.append(cols[-2] if len(cols) >= 3 else cols[0])
        if words:
            yield norms(" ".join(words))
    else:
        print(f"word-clusters: no {args.europeana} (make ner-data)", file=sys.stderr)
    if os.path.exists(args.wikinews_dev):
        with open(args.wikinews_dev, encoding="utf-8") as f:
            for line in f:
                for para in json.loads(line)["text"].split("\n"):
                    if para.strip():
                        yield norms(para)
    else:
        print(f"word-clusters: no {args.wikinews_dev} (make ner-data)", file=sys.stderr)


corpus = list(sentences())
freq = collections.Counter(w for s in corpus for w in s)
ranked = [w for w, c in sorted(freq.items(), key=lambda x: (-x[1], x[0])) if c >= args.min_count]
vocab = ranked[: args.vocab]
index = {w: i for i, w in enumerate(vocab)}
C = args.contexts
n_tokens = sum(len(s) for s in corpus)
print(f"word-clusters: {len(corpus)} lines, {n_tokens} tokens, {len(freq)} types, vocabulary {len(vocab)}", file=sys.stderr)

# Token ids of the whole text, −1 for out-of-vocabulary words and −2 between lines.
ids = np.full(n_tokens + len(corpus), -2, dtype=np.int64)
k = 0
for s in corpus:
    for w in s:
        ids[k] = index.get(w, -1)
        k += 1
    k += 1
del corpus

rows, cols = [], []
for j, off in enumerate((-2, -1, 1, 2)):
    a = ids[max(0, -off): len(ids) - max(0, off)]
    b = ids[max(0, off): len(ids) - max(0, -off)]
    keep = (a >= 0) & (b >= 0) & (b < C)
    rows.append(a[keep])
    cols.append(b[keep] + j * C)
rows, cols = np.concatenate(rows), np.concatenate(cols)
M = sp.coo_matrix((np.ones(len(rows), dtype=np.float64), (rows, cols)), shape=(len(vocab), 4 * C)).tocsr()
M.sum_duplicates()

# PPMI with smoothed context distribution.
total = M.sum()
row_sum = np.asarray(M.sum(axis=1)).ravel()
col_sum = np.asarray(M.sum(axis=0)).ravel() ** 0.75
col_p = col_sum / col_sum.sum()
M = M.tocoo()
pmi = np.log((M.data / total) / ((row_sum[M.row] / total) * col_p[M.col]))
keep = pmi > 0
P = sp.csr_matrix((pmi[keep], (M.row[keep], M.col[keep])), shape=M.shape)
print(f"word-clusters: {P.nnz} positive PMI cells", file=sys.stderr)

rng = np.random.default_rng(args.seed)
v0 = rng.standard_normal(min(P.shape))
U, S, _ = svds(P, k=args.dims, v0=v0, random_state=args.seed)
order = np.argsort(-S)
X = U[:, order] * np.sqrt(S[order])
# Sign fixed per dimension (largest component positive), so reruns give the same vectors.
X *= np.sign(X[np.abs(X).argmax(axis=0), np.arange(X.shape[1])])
X /= np.maximum(np.linalg.norm(X, axis=1, keepdims=True), 1e-9)
X = X.astype(np.float32)


def kmeans(X, k, rng):
    """k-means++ seeding then Lloyd iterations; cluster ids renumbered by first appearance in frequency order."""
    n = len(X)
    centers = np.empty((k, X.shape[1]), dtype=np.float32)
    centers[0] = X[rng.integers(n)]
    d2 = ((X - centers[0]) ** 2).sum(axis=1)
    for c in range(1, k):
        centers[c] = X[rng.choice(n, p=d2 / d2.sum())]
        d2 = np.minimum(d2, ((X - centers[c]) ** 2).sum(axis=1))
    xx = (X ** 2).sum(axis=1)
    for _ in range(args.iterations):
        dist = xx[:, None] - 2 * X @ centers.T + (centers ** 2).sum(axis=1)[None, :]
        assign = dist.argmin(axis=1)
        for c in range(k):
            members = X[assign == c]
            if len(members):
                centers[c] = members.mean(axis=0)
    dist = xx[:, None] - 2 * X @ centers.T + (centers ** 2).sum(axis=1)[None, :]
    assign = dist.argmin(axis=1)
    renumber = {}
    for a in assign:
        renumber.setdefault(int(a), len(renumber))
    return [renumber[int(a)] for a in assign]


ks = [int(x) for x in args.ks.split(",")]
columns = [kmeans(X, k, rng) for k in ks]
os.makedirs(os.path.dirname(args.out) or ".", exist_ok=True)
with open(args.out, "w", encoding="utf-8") as out:
    out.write("#norm\t" + "\t".join(f"c{k}" for k in ks) + "\n")
    for i, w in enumerate(vocab):
        if "\t" in w or "\n" in w:
            continue
        out.write(w + "\t" + "\t".join(str(col[i]) for col in columns) + "\n")
print(f"word-clusters: {len(vocab)} words × {len(ks)} granularities -> {args.out}", file=sys.stderr)
