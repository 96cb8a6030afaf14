# Recoupe: two commands on a fresh Debian machine with Swift:
#   make demo   # installs what is missing, builds, annotates seeds/ into out/
#   make test   # installs what is missing, runs the whole test suite
SHELL := /bin/bash
SWIFT ?= swift
CONFIG ?= release
BIN = .build/$(CONFIG)/recoupe

# Debian packages the build and the tests need.
APT_PACKAGES = libicu-dev pkg-config unicode-data unicode-cldr-core libsqlite3-dev

.PHONY: deps build demo test clean

deps:
	@bash scripts/install-deps.sh $(APT_PACKAGES)

build: deps
	$(SWIFT) build -c $(CONFIG) --product recoupe

demo: build
	rm -rf out
	$(BIN) annotate seeds -o out
	@echo "Annotated documents are in out/"

# Tests run with the derived-table cache off (RECOUPE_CACHE_DIR empty): they write nothing outside their
# temporary folders; NameKeyStoreTests exercise the cache in folders of their own.
test: deps
	RECOUPE_CACHE_DIR= $(SWIFT) test

clean:
	rm -rf .build out

-include mk/*.mk
