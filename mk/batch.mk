# Batch processing at scale (issue 7); see docs/batch.md.
#   make spark-demo        Spark local mode pipes the seeds and ELTeC-fra through `recoupe annotate
#                          --jsonl-in` (RDD.pipe) and checks the result equals the plain batch run's.
#   make parallel-demo     GNU parallel: four shards of a folder, and JSON Lines through --pipe, each
#                          checked against the plain run.
#   make test-heavy        the bad-input tests at full size (100,000 tiny files).
#   make fuzz              libFuzzer over decoding, tokenizing (and quotations), FUZZ_SECONDS each.
#   make sanitize          the test suite under AddressSanitizer, then ThreadSanitizer.
#   make sanitize-thread-concurrent  ThreadSanitizer on the suites that run code on several threads in-process.
#   make batch-memory      peak RSS and throughput of `annotate --jobs 2` on ELTeC-fra and on ~1 GB of copies.
CORPUS_DIR ?= ../shared/corpus/eltec-fra
SPARK_VENV ?= .venv-spark
FUZZ_SECONDS ?= 60
BATCH_SCRATCH ?= /tmp/recoupe-batch

.PHONY: spark-demo parallel-demo test-heavy fuzz sanitize sanitize-address sanitize-thread sanitize-thread-concurrent batch-memory

spark-demo: build
	@test -d $(CORPUS_DIR) || { echo "spark-demo: $(CORPUS_DIR) is missing (clone the repo with shared/ beside it)"; exit 1; }
	@command -v java >/dev/null || { if [ "$$(id -u)" = 0 ]; then apt-get install -y -q default-jre-headless; \
	  else echo "spark-demo: install a Java runtime (apt-get install default-jre-headless)"; exit 1; fi; }
	@test -x $(SPARK_VENV)/bin/python || python3 -m venv $(SPARK_VENV)
	@$(SPARK_VENV)/bin/python -c 'import pyspark' 2>/dev/null || $(SPARK_VENV)/bin/pip install -q pyspark
	rm -rf $(BATCH_SCRATCH)/spark-batch $(BATCH_SCRATCH)/spark-out
	$(BIN) annotate seeds $(CORPUS_DIR) -o $(BATCH_SCRATCH)/spark-batch --jobs 2 --no-fsync
	$(SPARK_VENV)/bin/python scripts/spark-demo.py $(BIN) $(BATCH_SCRATCH)/spark-batch $(BATCH_SCRATCH)/spark-out seeds $(CORPUS_DIR)

parallel-demo: build
	@command -v parallel >/dev/null || { if [ "$$(id -u)" = 0 ]; then apt-get install -y -q parallel; \
	  else echo "parallel-demo: install GNU parallel (apt-get install parallel)"; exit 1; fi; }
	BIN=$(BIN) CORPUS_DIR=$(CORPUS_DIR) SCRATCH=$(BATCH_SCRATCH)/parallel bash scripts/parallel-demo.sh

test-heavy: deps
	RECOUPE_CACHE_DIR= RECOUPE_HEAVY_TESTS=1 $(SWIFT) test --filter BadInputFolderTests

fuzz: deps
	cd Fuzz && FUZZ_SECONDS=$(FUZZ_SECONDS) bash run-fuzzers.sh

sanitize: sanitize-address sanitize-thread

# LeakSanitizer is on; mk/lsan.supp only silences the XCTest harness and Foundation.Process.
sanitize-address: deps
	RECOUPE_CACHE_DIR= LSAN_OPTIONS=suppressions=$(CURDIR)/mk/lsan.supp:print_suppressions=0 $(SWIFT) test --sanitize=address --scratch-path .build-asan

# halt_on_error: a race fails the run instead of only printing a report.
TSAN_TEST = RECOUPE_CACHE_DIR= TSAN_OPTIONS=halt_on_error=1 $(SWIFT) test --sanitize=thread --scratch-path .build-tsan
sanitize-thread: deps
	$(TSAN_TEST)

# The suites that run code on several threads inside the test process: the batch runner with several jobs
# (ResumeTests), the shared caches and name-key memos, name clustering, the transliterator pool and the registry.
# .ci/run falls back to them when the steps before took so long (a slow machine) that the whole suite under TSan,
# whose tests that spawn `recoupe` take most of its time, would pass CI's 90-minute limit.
TSAN_CONCURRENT_SUITES = NameClusterSharedTests|NameKeyTests|NameRegistryTests|RegistryBatchTests|ResumeTests|SharedCacheTests|TranslitSchemeTests
sanitize-thread-concurrent: deps
	$(TSAN_TEST) --filter '$(TSAN_CONCURRENT_SUITES)'

batch-memory: build
	BIN=$(BIN) CORPUS_DIR=$(CORPUS_DIR) SCRATCH=$(BATCH_SCRATCH)/memory bash scripts/batch-memory.sh
