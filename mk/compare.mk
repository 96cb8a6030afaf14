# Cross-source comparison checks (issue 6): spaCy compatibility, headless browser, screenshot.
#   make spacy-check         # annotated seeds load in spaCy (Doc.from_json), in .venv-spacy/
#   make browser-test        # the seeds' comparison page rendered in headless chromium, DOM checked
#   make compare-screenshot  # docs/compare-1400.png and docs/compare-390.png: the compare-story page, wide and on a phone

SPACY_VENV ?= .venv-spacy
CHROMIUM ?= chromium
COMPARE_OUT = out/compare

.PHONY: spacy-check browser-test compare-screenshot chromium-deps

$(SPACY_VENV)/bin/python:
	python3 -m venv $(SPACY_VENV)
	$(SPACY_VENV)/bin/pip install -q --disable-pip-version-check 'spacy>=3.7,<4'

spacy-check: build $(SPACY_VENV)/bin/python
	rm -rf $(COMPARE_OUT)/annotated
	$(BIN) annotate seeds -o $(COMPARE_OUT)/annotated
	$(SPACY_VENV)/bin/python scripts/spacy_check.py $(COMPARE_OUT)/annotated/*.json

chromium-deps:
	@command -v $(CHROMIUM) >/dev/null || bash scripts/install-deps.sh chromium

browser-test: deps chromium-deps
	RECOUPE_CACHE_DIR= RECOUPE_BROWSER_TEST=1 CHROMIUM=$$(command -v $(CHROMIUM)) $(SWIFT) test --filter "Comparison(Layout)?BrowserTests"

compare-screenshot: build chromium-deps
	mkdir -p $(COMPARE_OUT)
	$(BIN) compare Tests/RecoupeTests/Fixtures/compare-story/*.txt --format html -o $(COMPARE_OUT)/story.html
	for width in 1400 390; do \
	  profile=$$(mktemp -d) && \
	  timeout 120 $(CHROMIUM) --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --hide-scrollbars \
	    --user-data-dir=$$profile --window-size=$$width,2200 \
	    --screenshot=$(CURDIR)/docs/compare-$$width.png file://$(CURDIR)/$(COMPARE_OUT)/story.html 2>/dev/null; \
	  status=$$?; rm -rf $$profile; [ $$status -eq 0 ] || exit $$status; \
	done
	@echo "Screenshots: docs/compare-1400.png, docs/compare-390.png (page: $(COMPARE_OUT)/story.html)"
