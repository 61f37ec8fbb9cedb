# The two set-up commands: `make demo` and `make test`. Both create .venv when it is missing.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DEMO   := demo-output

.PHONY: demo test lint bench bench-search bench-peers chromium clean model rules-index

CORPUS ?= ../shared/labeled

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "watcher needs Python 3.11 or newer" or 0)'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	@touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[test]'
	@touch $@ $(VENV)/.installed

demo: $(VENV)/.installed
	@rm -rf $(DEMO) && mkdir -p $(DEMO)
	$(BIN)/watcher --db $(DEMO)/watcher.db sources check
	$(BIN)/watcher --db $(DEMO)/watcher.db poll --replay watcher/samples/replay
	$(BIN)/watcher --db $(DEMO)/watcher.db sources status
	@echo
	@echo "== Relevant items of the sample week, as classified:"
	$(BIN)/watcher --db $(DEMO)/watcher.db search "" --limit 10
	@echo
	@echo "== Search without accents (salaries finds salariés):"
	$(BIN)/watcher --db $(DEMO)/watcher.db search salaries --format jsonl
	@echo
	@echo "== The sample week's digest issue, compiled and frozen:"
	$(BIN)/watcher --db $(DEMO)/watcher.db digest build --week 2026-W17
	@echo
	@echo "== Its e-mail (no SMTP host set, so it goes to the outbox):"
	WATCHER_SMTP_HOST= WATCHER_OUTBOX=$(DEMO)/outbox WATCHER_WEEKLY_TO=reader@example.org \
	  $(BIN)/watcher --db $(DEMO)/watcher.db digest send --week 2026-W17
	@echo
	@echo "Demo archive: $(DEMO)/watcher.db  (SAMPLE DATA written for the project, not real news)"
	@echo "Digest:       $(BIN)/watcher --db $(DEMO)/watcher.db digest show --week 2026-W17"
	@echo "E-mail:       $$(ls $(DEMO)/outbox/*.eml)"
	@$(BIN)/watcher --db $(DEMO)/watcher.db site build --out $(DEMO)/site --base-url http://localhost:8000/ >/dev/null
	@echo "Site:         $(DEMO)/site/index.html — view it with: $(BIN)/python -m http.server -d $(DEMO)/site 8000"

test: $(VENV)/.installed-test chromium
	$(BIN)/ruff check watcher tests bench
	$(BIN)/ruff format --check watcher tests bench
	$(BIN)/mypy
	$(BIN)/python -m pytest -q -n auto --dist worksteal

# The browser tests drive Debian's chromium (playwright's own browser download cannot work here).
# Installed when missing and we are root (as in CI); otherwise those tests skip and say why.
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing Debian's chromium for the browser tests"; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null \
	      || echo "could not install chromium: the browser tests will skip"; \
	  else echo "chromium is missing and cannot be installed here: the browser tests will skip"; fi; }

bench: $(VENV)/.installed-test
	$(BIN)/python bench/bench_poll.py
	$(BIN)/python bench/bench_classify.py
	$(BIN)/python bench/bench_site.py
	$(BIN)/python bench/bench_fts.py
	$(BIN)/python bench/bench_init.py

bench-search: $(VENV)/.installed-test  # ~5 minutes and 2.4 GB of disk: builds a 1M-item archive
	@mkdir -p bench/out
	$(BIN)/python bench/bench_search.py --keep bench/out/1m.db
	$(BIN)/python bench/bench_digest.py --keep bench/out/1m.db

bench-peers: $(VENV)/.installed-test  # installs reader and rss2email in a throwaway venv (PyPI)
	$(BIN)/python bench/bench_peers.py --install
	$(BIN)/python bench/bench_peers.py

# The prefilter's reading of each shipped rule pattern (watcher/classify/index.py), then the
# shipped relevance model, rebuilt from the labelled corpus (deterministic: same files, same bytes).
rules-index: $(VENV)/.installed
	$(BIN)/python -c 'import sys; from watcher.classify import index; sys.exit(index.main(sys.argv[1:]))' \
		watcher/rules/classifier.toml watcher/rules/classifier.index.json

model: rules-index
	$(BIN)/watcher train --corpus $(CORPUS) --no-labels --output watcher/classify/model.json

clean:
	rm -rf $(VENV) $(DEMO) .pytest_cache .mypy_cache .ruff_cache
