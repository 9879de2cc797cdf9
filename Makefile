# The two commands a newcomer needs: `make run` and `make test`.
VENV ?= .venv
PY := $(VENV)/bin/python
PYTHON ?= python3
CHROMIUM ?= /usr/bin/chromium
HOST ?= 127.0.0.1:8000

.PHONY: run test setup venv db chromium superuser bench clean

run: setup  ## set everything up, then serve the site on SQLite with the seed article loaded
	@echo "Log in at http://$(HOST)/admin/ with a staff account (make superuser creates one)."
	$(PY) manage.py runserver $(HOST)

test: venv chromium  ## set everything up, then run every test (unit, integration, browser)
	CHROMIUM=$(CHROMIUM) $(PY) -m pytest

setup: venv db

venv: $(VENV)/.installed

$(VENV)/.installed: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

db: venv
	$(PY) manage.py migrate --noinput
	$(PY) manage.py staffgroup
	$(PY) manage.py loadseeds

superuser: venv  ## create a staff account to upload and correct (the seed article is not loaded)
	$(PY) manage.py migrate --noinput
	$(PY) manage.py staffgroup
	$(PY) manage.py createsuperuser

# Browser tests drive Debian's Chromium; install it when it is missing (needs root or sudo).
chromium:
	@test -x $(CHROMIUM) || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium chromium-driver fonts-dejavu-core; }

bench: venv  ## print extraction and timeline benchmarks
	@# (throughput only: bench/heldout.py scores quality and prints every held-out article, blind sets
	@# included; bench/extraction_snapshot.py is a regression check; bench/upload.py takes a folder of
	@# articles; each is run on its own)
	@for script in bench/*.py; do case "$$script" in bench/heldout.py|bench/extraction_snapshot.py|bench/upload.py) continue;; esac; \
	  echo "== $$script"; $(PY) $$script || exit 1; done

clean:  ## remove the virtualenv and collected static files; the database stays
	rm -rf $(VENV) staticfiles
