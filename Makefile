# Emplois psy — developer commands. `make help` lists them.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
HOST ?= 127.0.0.1
PORT ?= 8000
# Test runs need a secret key because settings refuse to start without one unless DEBUG=1.
TEST_ENV := SECRET_KEY=$${SECRET_KEY:-insecure-test-key} DEBUG=0

.PHONY: help run venv dev migrate samples superuser test test-fast lint format ci worker beat score bench bench-web bench-imports optional-system-deps system-deps clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(PY)
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed requirements-dev.txt
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@

venv: $(VENV)/.installed ## Create the virtual environment and install requirements.txt

dev: $(VENV)/.installed-dev ## Also install the development tools (pytest, playwright, ruff)

migrate: venv ## Apply database migrations (SQLite by default, or DATABASE_URL)
	DEBUG=1 $(PY) manage.py migrate --noinput

samples: migrate ## Import the project's sample postings
	DEBUG=1 $(PY) manage.py ingest samples --in-process

run: samples ## Create the venv, migrate, import samples and serve the board on http://127.0.0.1:8000
	@echo "Serving the board at http://$(HOST):$(PORT)/ (admin: make superuser, then /admin/). Ctrl-C stops."
	DEBUG=1 $(PY) manage.py runserver $(HOST):$(PORT)

superuser: migrate ## Create an admin account for /admin/
	DEBUG=1 $(PY) manage.py createsuperuser

test: dev optional-system-deps ## Run the whole test suite (SQLite by default; DATABASE_URL/REDIS_URL for PostgreSQL/Redis)
	$(TEST_ENV) $(BIN)/pytest

test-fast: dev ## Run the tests except the browser ones
	$(TEST_ENV) $(BIN)/pytest -m "not browser"

lint: dev ## Check code style (ruff) and that migrations are up to date
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	DEBUG=1 $(PY) manage.py makemigrations --check --dry-run

format: dev ## Format the code
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

score: dev ## Score the extractor: shared seeds, own corpus as text and as PDFs (1 col, 2 cols, letterhead, scanned)
	$(PY) bench/score.py

bench: dev ## Benchmarks: extraction, PDF reading and OCR speed
	DEBUG=1 $(PY) bench/extract.py
	$(PY) bench/read_pdf.py

bench-web: dev ## Web latency at 100,000 vacancies under wrk (needs PostgreSQL: DATABASE_URL; Debian wrk)
	$(PY) bench/web.py

bench-imports: dev ## Import throughput through Celery workers (needs PostgreSQL and Redis: DATABASE_URL, REDIS_URL)
	$(PY) bench/imports.py

worker: venv ## Start a Celery worker (needs REDIS_URL)
	$(BIN)/celery -A jobboard worker --loglevel=info --queues=ingest --concurrency=2

beat: venv ## Start the Celery beat scheduler (needs REDIS_URL)
	$(BIN)/celery -A jobboard beat --loglevel=info

optional-system-deps: # Install chromium and tesseract when missing and we may (root); else tests needing them skip
	@if command -v chromium >/dev/null && command -v tesseract >/dev/null; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then $(MAKE) system-deps; \
	else echo "note: chromium or tesseract missing; browser and OCR tests will be skipped (sudo make system-deps)"; fi

system-deps: ## Install the Debian packages for browser tests and OCR (needs root)
	apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium tesseract-ocr tesseract-ocr-fra tesseract-ocr-nld gettext wrk

ci: ## What CI runs (.ci/run): services, system packages, tests, lint, scores
	bash .ci/run

clean: ## Remove the virtual environment, the SQLite database and caches
	rm -rf $(VENV) db.sqlite3 .pytest_cache .ruff_cache test-artifacts
