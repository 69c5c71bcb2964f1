# The commands people type. Each target sets up what it needs on a fresh machine that has
# only Python 3.11 and Node.js: a .venv from requirements*.txt, node_modules from the lock.
SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
PYTHON ?= python3
VENV := .venv
BIN := $(CURDIR)/$(VENV)/bin
PORT ?= 8000
# Tools run from the venv, and pre-commit's hook environments see it first too.
export PATH := $(BIN):$(PATH)
# Deterministic matplotlib and no stray user config leaking into builds and tests.
export MPLBACKEND := Agg
export PYTHONHASHSEED := 0

BOOK_DEPS := $(VENV)/.book-deps
TEST_DEPS := $(VENV)/.test-deps
NODE_DEPS := node_modules/.package-lock.json
RUNTIME := _widget_runtime/lean/_static/widget-runtime/widget-loader.js
CHAPTERS := $(sort $(wildcard book/*.ipynb))
PACKAGE_FILES := $(shell find src -type f -not -path '*/__pycache__/*')
# jupyter-cache keys a chapter's outputs on its code cells only, but each widget's embedded
# JavaScript and CSS come from the package: when the package changes, drop the cache.
EXECUTION_CACHE_STAMP := _build/.package-stamp

.PHONY: help book serve notebooks test lint unit frontend nbval book-clean browser clean binder pdf learner-data

help:
	@echo "make book       build the book into _build/html (sets everything up first)"
	@echo "make serve      serve _build/html on http://127.0.0.1:$(PORT)/ (gzip, cache headers)"
	@echo "make notebooks  re-run every chapter in a fresh kernel and save clean outputs"
	@echo "make frontend   bundle frontend/widgets/*.js into src/psychodynamic_course/widgets/static/ (esbuild)"
	@echo "make pdf        print the whole book to _build/pdf/book.pdf, copied into the site (Debian's Chromium)"
	@echo "make test       every test: lint, unit, binder, nbval, clean -W build, pdf, learner data, browser"
	@echo "make bench      measure build, kernels, page weight, browser timings, Lighthouse (~10 min)"
	@echo "make binder     install requirements.txt into a fresh venv, as Binder does, run the chapters"
	@echo "make clean      remove build output (keeps .venv and node_modules)"

$(BOOK_DEPS): requirements.txt constraints.txt pyproject.toml
	test -x $(VENV)/bin/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -r requirements.txt
	touch $@

$(TEST_DEPS): requirements-dev.txt $(BOOK_DEPS)
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $@

$(NODE_DEPS): package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund

$(RUNTIME): $(wildcard widget_runtime/*.js) $(wildcard src/psychodynamic_course/widgets/static/split/*.js) scripts/vendor_widget_runtime.py $(BOOK_DEPS)
	$(BIN)/python scripts/vendor_widget_runtime.py

$(EXECUTION_CACHE_STAMP): $(PACKAGE_FILES)
	rm -rf _build/.jupyter_cache
	mkdir -p _build && touch $@

# Sphinx copies html_extra_path files but never deletes them: drop the runtime folder so
# an older runtime cannot linger in the published book.
book: $(BOOK_DEPS) $(RUNTIME) $(EXECUTION_CACHE_STAMP)
	rm -rf _build/html/_static/widget-runtime
	$(BIN)/jupyter-book build --all -W -n --keep-going .
	@echo "The book is built. Open: $(CURDIR)/_build/html/index.html"

# As a static host serves it: gzip for text, cache headers (scripts/serve.py says which).
serve:
	@test -f _build/html/index.html || { echo "No book built yet: run 'make book' first."; exit 1; }
	$(BIN)/python scripts/serve.py --directory _build/html --port $(PORT)

notebooks: $(BOOK_DEPS)
	$(BIN)/python scripts/run_notebooks.py $(CHAPTERS)

# The widgets' front end: each frontend/widgets/<name>.js with the frontend/lib modules it
# imports, bundled into src/psychodynamic_course/widgets/static/<name>.js. The bundles are committed (Binder, Colab and
# pip install need no Node); tests/test_frontend_bundles.py fails when one is stale.
frontend: $(NODE_DEPS)
	node frontend/build.mjs

test: $(TEST_DEPS) lint unit binder nbval book-clean pdf learner-data browser

lint: $(TEST_DEPS) $(NODE_DEPS)  # the biome hook runs node_modules/.bin/biome
	$(BIN)/pre-commit run --all-files --show-diff-on-failure

unit: $(TEST_DEPS) $(NODE_DEPS)  # node --test, and the stale-bundle test runs esbuild
	$(BIN)/python -m pytest --doctest-modules src/psychodynamic_course scripts tests --ignore=tests/browser
	node --test frontend/tests/  # the front end's pure logic, in Node's own test runner

# Binder's build reproduced: a fresh venv from requirements.txt alone, in a copy of the
# committed files, runs every chapter (a few minutes; plain pytest leaves it out).
binder: $(TEST_DEPS)
	$(BIN)/python -m pytest -m binder tests/test_binder_environment.py

nbval: $(TEST_DEPS)
	$(BIN)/python -m pytest --nbval --nbval-sanitize-with tests/nbval_sanitize.cfg \
		--nbval-kernel-name python3 book

# The build that CI trusts starts from nothing: incremental builds skip work and do not
# re-copy html_extra_path files.
book-clean: $(BOOK_DEPS) $(RUNTIME)
	rm -rf _build
	$(BIN)/jupyter-book build --all -W -n --keep-going .
	touch $(EXECUTION_CACHE_STAMP)  # the cache is fresh: `make pdf` after this reuses it

browser: $(TEST_DEPS) $(NODE_DEPS) $(RUNTIME)  # axe-core from node_modules
	@test -f _build/html/index.html || $(MAKE) book
	@test -f _build/pdf/book.pdf || $(MAKE) pdf
	$(BIN)/python -m pytest -n 2 tests/browser  # two Chromiums at once: 5 min instead of 7

# No learner text or saved widget state in a committed notebook or any file of the build.
learner-data: $(BOOK_DEPS)
	@test -f _build/html/index.html || $(MAKE) book
	$(BIN)/python scripts/check_learner_data.py _build

# The book as one PDF: the single-page build (same execution cache, no re-run), printed
# by Debian's Chromium (scripts/print_book.py). Needs Playwright, hence the test tools.
pdf: $(TEST_DEPS) $(RUNTIME) $(EXECUTION_CACHE_STAMP)
	rm -rf _build/singlehtml/_static/widget-runtime  # as in `book`: no stale runtime
	$(BIN)/jupyter-book build --builder singlehtml -W -n --keep-going .
	$(BIN)/python scripts/print_book.py
	# Published beside the book: the welcome page and the instructor guide link to it.
	mkdir -p _build/html && cp _build/pdf/book.pdf _build/html/psychodynamic-course.pdf

# The issue's figures against its targets, printed and written to benchmarks/<date>.md
# and benchmarks/latest.md; it never fails on a missed target. Not part of `make test`.
# It measures the book already in _build/html (as `make browser` tests it; `make book`
# first for a fresh one).
.PHONY: bench
bench: $(TEST_DEPS) $(NODE_DEPS) $(RUNTIME)  # Lighthouse from node_modules
	@test -f _build/html/index.html || $(MAKE) book
	$(BIN)/python scripts/bench.py --book lean=_build/html

clean:
	rm -rf _build _widget_runtime
