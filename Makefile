# Two commands do all the set-up on a fresh machine:
#   make site   virtual environment, dependencies, generated Markdown, site/ (MkDocs + search index)
#   make test   the same set-up (plus test tools and Debian's chromium) and the whole test suite
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
SITE_STAMP := $(VENV)/.site-installed
TEST_STAMP := $(VENV)/.test-installed

.PHONY: site build serve test check bench clean install screenshots tagger

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(SITE_STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[test]'
	bash tests/install_browser.sh
	touch $(SITE_STAMP) $@

install: $(SITE_STAMP)

site: $(SITE_STAMP)
	$(PY) -m generator $(GENERATOR_FLAGS) site

build: $(SITE_STAMP)
	$(PY) -m generator build

serve: $(SITE_STAMP)
	$(PY) -m generator serve

test: $(TEST_STAMP)
	$(PY) -m pytest

bench: $(TEST_STAMP)
	$(PY) bench/run.py --sizes 100,1000

# The name tagger's model (generator/data/name_tagger.crfsuite and its record), trained again on every
# development text of tests/data/extraction_eval/: after adding development texts or changing its features.
tagger: $(SITE_STAMP)
	$(PY) bench/tagger.py --train

# PNG screenshots of the seeds site (desktop and phone, light and dark) in build/screenshots/.
screenshots: $(TEST_STAMP)
	$(PY) -m generator site
	$(PY) tests/screenshots.py

clean:
	rm -rf build site .cache
