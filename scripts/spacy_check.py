#!/usr/bin/env python3
"""Loads Recoupe's annotated JSON into spaCy with Doc.from_json and checks that the text,
tokens, sentences and entities survive (run by `make spacy-check`).

Usage: spacy_check.py FILE.json...   Exit status 1 when any document does not survive.
"""
import json
import sys

import spacy
from spacy.tokens import Doc


def check(path, vocab):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    doc = Doc(vocab).from_json(data)
    problems = []
    if doc.text != data["text"]:
        problems.append("text differs")
    words = [data["text"][t["start"]:t["end"]] for t in data["tokens"]]
    if [t.text for t in doc] != words:
        problems.append("tokens differ")
    offsets = [(t.idx, t.idx + len(t.text)) for t in doc]
    if offsets != [(t["start"], t["end"]) for t in data["tokens"]]:
        problems.append("token offsets differ")
    # spaCy gives every token to a sentence, so its sentences also hold the white-space tokens
    # ("\n\n") that Recoupe leaves between sentences: compare starts and the trimmed text.
    sents = list(doc.sents)
    theirs = [(s.start_char, s.text.rstrip()) for s in sents]
    ours = [(s["start"], data["text"][s["start"]:s["end"]].rstrip()) for s in data["sents"]]
    if data["sents"] and theirs != ours:
        problems.append(f"sentences differ: {len(sents)} in spaCy, {len(data['sents'])} in Recoupe")
    ents = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
    if ents != [(e["start"], e["end"], e["label"]) for e in data["ents"]]:
        problems.append("entities differ")
    # Entity ids ride in the "mentions" span group (spaCy's "ents" carry no kb_id in from_json).
    group = doc.spans.get("mentions", [])
    if [(s.start_char, s.end_char, s.kb_id_) for s in group] != [(e["start"], e["end"], e["kb_id"]) for e in data["ents"]]:
        problems.append("kb_ids differ")
    status = "ok" if not problems else "FAIL: " + "; ".join(problems)
    print(f"{path}: {len(doc)} tokens, {len(sents)} sentences, {len(ents)} entities: {status}")
    return not problems


def main(paths):
    if not paths:
        print("usage: spacy_check.py FILE.json...", file=sys.stderr)
        return 2
    vocab = spacy.blank("fr").vocab
    results = [check(p, vocab) for p in paths]
    print(f"spaCy {spacy.__version__}: {sum(results)} passed, {len(results) - sum(results)} failed")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
