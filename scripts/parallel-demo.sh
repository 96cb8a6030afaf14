#!/usr/bin/env bash
# GNU parallel over Recoupe (issue 7), run by `make parallel-demo`:
#  1. four shards of the inputs (`--shard I/4`), one recoupe per shard, into one folder: the
#     result must be byte-identical to the plain run's;
#  2. JSON Lines through `parallel --pipe -k` (order kept) into `recoupe annotate --jsonl-in`:
#     the result must equal recoupe's own --jsonl-in run, line for line, and each document the
#     plain run's NAME.json but for source.path.
set -euo pipefail
BIN=$(realpath "${BIN:-.build/release/recoupe}")
SCRATCH=${SCRATCH:-/tmp/recoupe-batch/parallel}
INPUTS=(seeds)
[ -d "${CORPUS_DIR:-}" ] && INPUTS+=("$CORPUS_DIR")
rm -rf "$SCRATCH" && mkdir -p "$SCRATCH"

echo "== plain run over ${INPUTS[*]}"
"$BIN" annotate "${INPUTS[@]}" -o "$SCRATCH/plain" --jobs 2 --no-fsync

echo "== four shards with GNU parallel"
parallel --will-cite --halt now,fail=1 -j 2 "$BIN" annotate "${INPUTS[@]}" -o "$SCRATCH/sharded" --shard {}/4 --jobs 1 --no-fsync --quiet ::: 0 1 2 3
diff -r "$SCRATCH/plain" "$SCRATCH/sharded"
echo "shards: $(ls "$SCRATCH/sharded" | wc -l) outputs, identical to the plain run"

echo "== JSON Lines through parallel --pipe -k"
python3 - "${INPUTS[@]}" > "$SCRATCH/in.jsonl" <<'PY'
import glob, json, os, sys
for d in sys.argv[1:]:
    for p in sorted(glob.glob(os.path.join(d, "*.txt"))):
        with open(p, encoding="utf-8") as f:
            print(json.dumps({"id": os.path.basename(p)[:-4], "text": f.read()}, ensure_ascii=False))
PY
parallel --will-cite --pipe -k -N 4 -j 2 "$BIN" annotate --jsonl-in --jobs 1 --quiet < "$SCRATCH/in.jsonl" > "$SCRATCH/parallel.jsonl"
"$BIN" annotate --jsonl-in --jobs 2 --quiet < "$SCRATCH/in.jsonl" > "$SCRATCH/direct.jsonl"
cmp "$SCRATCH/parallel.jsonl" "$SCRATCH/direct.jsonl"
python3 - "$SCRATCH/parallel.jsonl" "$SCRATCH/plain" <<'PY'
import json, os, sys
n = 0
for line in open(sys.argv[1], encoding="utf-8"):
    s = json.loads(line)
    with open(os.path.join(sys.argv[2], s["id"] + ".json"), encoding="utf-8") as f:
        b = json.load(f)
    assert s["source"].pop("path") is None and b["source"].pop("path") is not None
    assert s == b, s["id"]
    n += 1
print(f"jsonl: {n} documents through parallel --pipe, in order, equal to the plain run's")
PY
