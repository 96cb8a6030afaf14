#!/usr/bin/env python3
"""Extracts the translated sentences of a Firefox language pack (.xpi) as plain text, one per line.

Used by build.sh for the en, de and uk profiles: Fluent (.ftl) message values and attributes and
.properties values, without placeholders ({ $n }, %S), markup and access keys. Usage:
    extract_l10n.py LANGPACK.xpi HELDOUT_EVERY > train.txt 2> heldout.txt
Every HELDOUT_EVERY-th file (in sorted order) goes to stderr as held-out text, so held-out and
training sentences come from different files.
"""
import re
import sys
import zipfile

PLACEABLE = re.compile(r"\{[^{}]*\}")
PRINTF = re.compile(r"%(\d+\$)?[sSdDuU@]|%%")
TAG = re.compile(r"<[^>]+>")
ENTITY = re.compile(r"&[a-zA-Z#0-9]+;")
SKIP_ATTRS = {"accesskey", "style", "commandkey", "key", "width", "height", "icon", "href"}


def values(name, text):
    if name.endswith(".ftl"):
        for line in text.splitlines():
            if not line.strip() or line.lstrip().startswith(("#", "*", "[", "}")):
                continue
            m = re.match(r"^\s*\.?([\w-]+)\s*=\s*(.*)$", line)
            if m:
                key, value = m.groups()
                if key in SKIP_ATTRS:
                    continue
                yield value
            elif line.startswith(" "):
                yield line.strip()
    elif name.endswith(".properties"):
        for line in text.splitlines():
            if line.startswith(("#", "!")) or "=" not in line:
                continue
            key, value = line.split("=", 1)
            if key.strip().endswith(("accesskey", "commandkey", "key")):
                continue
            yield value.replace("\\n", " ")


def clean(value):
    value = PLACEABLE.sub(" ", value)
    value = PRINTF.sub(" ", value)
    value = TAG.sub(" ", value)
    value = ENTITY.sub(" ", value)
    value = re.sub(r"\s+", " ", value).strip()
    # Keep only text with words: at least three letters in a row.
    return value if re.search(r"[^\W\d_]{3}", value) else ""


def main():
    xpi, every = sys.argv[1], int(sys.argv[2])
    with zipfile.ZipFile(xpi) as z:
        names = sorted(n for n in z.namelist() if n.endswith((".ftl", ".properties")))
        for i, name in enumerate(names):
            out = sys.stderr if every > 0 and i % every == every - 1 else sys.stdout
            seen = set()
            for v in values(name, z.read(name).decode("utf-8", "replace")):
                v = clean(v)
                if v and v not in seen:
                    seen.add(v)
                    print(v, file=out)


if __name__ == "__main__":
    main()
