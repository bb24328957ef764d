# Set-up and checks. `make install` makes .venv with the CPU build of torch (an unpinned torch would
# pull a multi-GB CUDA build), the package in editable mode, and the dev tools.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
TORCH ?= torch==2.13.0
SAMPLE ?= ../shared/samples/etv-kanpur-commissioner-farewell.hi.txt
export HF_HUB_OFFLINE ?= 1

.PHONY: install demo test test-slow test-all lint tiny-models browser clean news-eval bench-batch bench

install: $(BIN)/summarize

$(BIN)/summarize: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q $(TORCH)
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $@

# Brief the sample article offline with the tiny IndicTrans known-answer model built here.
demo: install tiny-models
	$(BIN)/summarize $(SAMPLE) --translator models/tiny/indictrans-known --format all -o briefs
	@echo "briefs written to briefs/"

tiny-models: install
	$(BIN)/python models/build_tiny.py

# Headless Chromium, and a Devanagari font for its screenshot, for the digest page's test (Debian's
# packages; installing needs root, as in CI). Without chromium that test is skipped, saying why.
DEBS := chromium fonts-lohit-deva
browser:
	@dpkg -s $(DEBS) >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq $(DEBS)) \
		|| echo "chromium could not be installed: the digest's browser test will be skipped"

# The everyday suite leaves out the slow model runs; CI runs everything.
test: install browser
	$(BIN)/python -m pytest -m "not slow"

# The slow ones alone (CI runs `make test` and then these), and everything at once.
test-slow: install tiny-models
	$(BIN)/python -m pytest -m slow

test-all: install tiny-models browser
	$(BIN)/python -m pytest

# Score cleaning, splitting and summarizing on real news pages against hand-made gold (no model);
# NEWS_EVAL passes options, e.g. NEWS_EVAL="--split dev --details".
news-eval: install
	$(BIN)/python tests/news_eval.py $(NEWS_EVAL)

# Translation speed of every engine path on random weights of IndicTrans2 dist-200M's size, offline;
# table on stdout, bench-results/bench.json. Run it on an idle machine; BENCH_ARGS=--quick checks it works.
bench: install
	$(BIN)/python bench/bench.py $(BENCH_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

clean:
	rm -rf models/tiny briefs .pytest_cache

# The batch runner's benchmark: articles translated together against one at a time, and a rerun.
bench-batch: install
	$(BIN)/python bench/batch.py
