#!/usr/bin/env bash
# Builds the libFuzzer targets (release, for speed) with AddressSanitizer and runs each for FUZZ_SECONDS (default 60)
# over its corpus (corpus/NAME, seeded from ../seeds and the regression inputs). A crash leaves
# its input in crashes/NAME/: add it to Tests/RecoupeTests/Batch/FuzzRegressions/ as a test.
set -euo pipefail
cd "$(dirname "$0")"
FUZZ_SECONDS=${FUZZ_SECONDS:-60}
# Swift's own crash backtracer and ASan's reports get in each other's way: leave crashes to libFuzzer.
export SWIFT_BACKTRACE=enable=no
swift build -c release -Xswiftc -sanitize=fuzzer,address --product FuzzDecode
swift build -c release -Xswiftc -sanitize=fuzzer,address --product FuzzTokenize
BIN=$(swift build -c release --show-bin-path)
status=0
for target in FuzzDecode FuzzTokenize; do
    mkdir -p "corpus/$target" "crashes/$target"
    cp ../seeds/*.txt "corpus/$target/" 2>/dev/null || true
    cp ../Tests/RecoupeTests/Batch/FuzzRegressions/* "corpus/$target/" 2>/dev/null || true
    echo "== $target for $FUZZ_SECONDS s"
    if ! "$BIN/$target" "corpus/$target" -max_total_time="$FUZZ_SECONDS" -max_len=4096 -timeout=20 \
        -rss_limit_mb=4096 -artifact_prefix="crashes/$target/" -print_final_stats=1 2> "crashes/$target.log"; then
        echo "$target: CRASH, see crashes/$target/ and crashes/$target.log"; tail -30 "crashes/$target.log"; status=1
    else
        grep -E 'stat::number_of_executed_units|stat::peak_rss_mb' "crashes/$target.log" | sed "s/^/$target: /"
    fi
done
exit $status
