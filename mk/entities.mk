# Entity lexicons: regenerate the CLDR-derived geography lexicon (committed output).
#   make lexicons        # rewrites Lexicons/entities/10-geography.tsv from the system ICU
#   make lexicon-check   # parses and compiles every shipped lexicon, prints counts and build time
.PHONY: lexicons lexicon-check

lexicons:
	$(SWIFT) build -c $(CONFIG) --product recoupe
	$(BIN) lexicon geography -o Lexicons/entities/10-geography.tsv

lexicon-check:
	$(SWIFT) build -c $(CONFIG) --product recoupe
	$(BIN) lexicon check

# PER/ORG/LOC precision and recall on the WikiNEuRal French validation set (measure only; skipped when absent).
.PHONY: eval-ner
eval-ner:
	$(SWIFT) build -c $(CONFIG) --product recoupe
	python3 scripts/eval-wikineural.py --bin $(BIN)
