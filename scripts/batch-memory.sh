#!/usr/bin/env bash
# Peak RSS and throughput of `recoupe annotate --jobs 2` (issue 7), run by `make batch-memory`:
# on ELTeC-fra into an output folder, then on about 1 GB (copies of it, hard links) streamed to
# /dev/null with --stdout. Memory must follow the jobs in flight, not the corpus.
set -euo pipefail
BIN=$(realpath "${BIN:-.build/release/recoupe}")
SCRATCH=${SCRATCH:-/tmp/recoupe-batch/memory}
CORPUS_DIR=${CORPUS_DIR:-../shared/corpus/eltec-fra}
COPIES=${COPIES:-20}
rm -rf "$SCRATCH" && mkdir -p "$SCRATCH"

measure() {  # label, then the command
    local label=$1; shift
    /usr/bin/time -v "$@" 2> "$SCRATCH/time.txt" > /dev/null || true
    local rss summary
    rss=$(awk -F': ' '/Maximum resident/ {print $2}' "$SCRATCH/time.txt")
    summary=$(grep '^recoupe: ' "$SCRATCH/time.txt" | tail -1)
    echo "$label: peak RSS $((rss / 1024)) MiB; $summary"
}

measure "ELTeC-fra -> folder" "$BIN" annotate "$CORPUS_DIR" -o "$SCRATCH/out" --jobs 2 --no-fsync
rm -rf "$SCRATCH/out"
for i in $(seq 1 "$COPIES"); do
    mkdir -p "$SCRATCH/big/copy$i"
    ln "$(realpath "$CORPUS_DIR")"/*.txt "$SCRATCH/big/copy$i/" 2>/dev/null || cp "$CORPUS_DIR"/*.txt "$SCRATCH/big/copy$i/"
done
echo "corpus of copies: $(du -shl "$SCRATCH/big" | cut -f1)"
measure "$COPIES x ELTeC-fra -> --stdout" "$BIN" annotate "$SCRATCH/big" --stdout --jobs 2
rm -rf "$SCRATCH/big"

# One 30 MB document on a single line (under the default --max-mb 32): memory for one big document.
python3 -c "
s = 'Le ministre a déclaré que rien n’était décidé. '
open('$SCRATCH/line.txt', 'w').write(s * (30_000_000 // len(s.encode())))"
measure "one 30 MB single-line document, --jobs 1" "$BIN" annotate "$SCRATCH/line.txt" -o "$SCRATCH/line-out" --jobs 1 --no-fsync

# Memory per MB of input (issue 18: under 20x): one 16 MB text of ELTeC novels against the seeds alone,
# both `-o DIR --jobs 1`; the difference over 16 MB is what one more byte of document costs.
peak_kib() { /usr/bin/time -f "%M" "$@" 2>&1 >/dev/null | tail -1; }
cat "$CORPUS_DIR"/*.txt | head -c 16000000 > "$SCRATCH/mem16.txt"
base=$(peak_kib "$BIN" annotate seeds -o "$SCRATCH/seeds-out" --jobs 1 --no-fsync)
big=$(peak_kib "$BIN" annotate "$SCRATCH/mem16.txt" -o "$SCRATCH/mem16-out" --jobs 1 --no-fsync)
ratio=$(awk -v b="$base" -v g="$big" 'BEGIN { printf "%.1f", (g - b) / 1024 / 16 }')
echo "memory per MB of input: seeds $((base / 1024)) MiB, 16 MB text $((big / 1024)) MiB: ${ratio} MiB per MB (target < 20)"
rm -rf "$SCRATCH"
awk -v r="$ratio" 'BEGIN { exit !(r < 20) }' || { echo "memory per MB of input ${ratio}x is over 20x" >&2; exit 1; }
