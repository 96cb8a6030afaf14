# Benchmarks (issue 8). `make bench`: package-benchmark's per-stage and end-to-end benchmarks
# (Benchmarks/, a package of its own, built in release); `make bench-check`: the same, compared
# with the committed thresholds (Benchmarks/Thresholds/); `make bench-peers`: spaCy, PyICU, the C
# ICU reference and Recoupe on ../shared/corpus; `make bench-cli`: `recoupe bench` on 1 and 2 jobs.
BENCH_PLUGIN = swift package --allow-writing-to-package-directory benchmark

.PHONY: bench bench-check bench-thresholds bench-peers bench-cli

bench: deps
	cd Benchmarks && $(BENCH_PLUGIN) --no-progress

bench-check: deps
	cd Benchmarks && $(BENCH_PLUGIN) thresholds check --no-progress

# Re-records Benchmarks/Thresholds/ from a run on this machine (commit the result on purpose).
bench-thresholds: deps
	cd Benchmarks && $(BENCH_PLUGIN) thresholds update --no-progress

bench-peers: deps
	bash scripts/bench-peers

bench-cli: build
	$(BIN) bench --jobs 1 --repeat 3
	$(BIN) bench --jobs 2 --repeat 3
