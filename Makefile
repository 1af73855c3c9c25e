# Every target sets up what it needs on first use: the virtualenv, the dependencies and,
# if the shipped models are missing, trained models.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
N ?= 10000
SEED ?= 7
OUT := out
MODELS := models/accounts/manifest.json models/comments/manifest.json models/creator/manifest.json

.PHONY: install data train train-components train-commercial evaluate evaluate-commercial reason-rates inflation export-names ceiling generator-transfer score report browser serve derived test lint bench bench-spark fuzz soak text-screen package-test floors store-servers clean

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -e '.[dev]'
	touch $@

# Shipped models are used as they are; these rules only fire when one is missing.
models/accounts/manifest.json: | $(STAMP)
	$(PY) -m training.train_accounts $(TRAIN_FLAGS)
models/comments/manifest.json: | $(STAMP)
	$(PY) -m training.train_comments
models/creator/manifest.json: | models/accounts/manifest.json models/comments/manifest.json
	$(PY) -m training.simulate --n $(N) --seed $(SEED) $(TRAIN_FLAGS)
	$(PY) -m training.train --seed $(SEED)

## data: simulate the labelled creators (N, SEED) into data/generated/creators.jsonl
data: $(STAMP) models/accounts/manifest.json
	$(PY) -m training.simulate --n $(N) --seed $(SEED) $(TRAIN_FLAGS)

## train: retrain all three models (TRAIN_FLAGS=--no-instafake leaves out CC BY-NC data); the
## creator model also learns from fourteen other generators' creators (training/generators,
## generated into data/generated/train-*.jsonl on first use)
train: $(STAMP)
	$(PY) -m training.train_accounts $(TRAIN_FLAGS)
	$(PY) -m training.train_comments
	$(PY) -m training.simulate --n $(N) --seed $(SEED) $(TRAIN_FLAGS)
	$(PY) -m training.train --seed $(SEED)

## train-commercial: the model set trained only on data cleared for commercial use
## (models/commercial: no follower model, since no labelled follower data allows it)
COMMERCIAL_DATA := data/generated/creators-commercial.jsonl
train-commercial: $(STAMP)
	$(PY) -m training.train_comments --commercial-only --out models/commercial/comments
	FRAUD_MODELS=commercial $(PY) -m training.simulate --n $(N) --seed $(SEED) --commercial-only --out $(COMMERCIAL_DATA)
	FRAUD_MODELS=commercial $(PY) -m training.train --seed $(SEED) --commercial-only --data $(COMMERCIAL_DATA)

## evaluate-commercial: reports/creator-commercial.{md,json}, the cost of the commercial set
evaluate-commercial: $(STAMP)
	FRAUD_MODELS=commercial $(PY) -m training.evaluate --seed $(SEED) --skip-loao --data $(COMMERCIAL_DATA) --report creator-commercial

## reason-rates: reports/reason_rates.{md,json}, how often each reason fires per regime (no training)
reason-rates: $(STAMP) $(MODELS)
	$(PY) -m training.reason_rates --before reports/reason_rates_before.json

## inflation: reports/inflation.{md,json}, the same posts scored at 3 to 100 times the followers
## (does a bigger claim ever look better? no training)
inflation: $(STAMP) $(MODELS)
	$(PY) -m training.inflation --split-seed $(SEED)

## export-names: reports/export_names.{md,json}, the same creators scored as exports name their accounts (platform ids)
export-names: $(STAMP) $(MODELS)
	$(PY) -m training.export_names

## ceiling: reports/ceiling.{md,json}, what the features could show inside each generator
## (a throwaway model cross-fitted on each generator's own creators; nothing is shipped)
ceiling: $(STAMP) $(MODELS)
	$(PY) -m training.ceiling

## generator-transfer: reports/generator_transfer.{md,json}, each training generator left out
## in turn and judged by the recipe refitted without it (no judge looked at; ~15 min); a
## candidate recipe: python -m training.generator_transfer --param KEY=VALUE --report NAME
generator-transfer: $(STAMP) $(MODELS)
	$(PY) -m training.generator_transfer

## evaluate: write reports/*.md and reports/*.json
evaluate: $(STAMP) $(MODELS)
	$(PY) -m training.evaluate_accounts
	$(PY) -m training.evaluate_comments
	$(PY) -m training.evaluate --seed $(SEED)

## score: score the bundled example creators and print a table
score: $(STAMP) $(MODELS)
	@mkdir -p $(OUT)
	$(VENV)/bin/fraud score data/samples/creators.jsonl -o $(OUT)/scores.jsonl
	@$(VENV)/bin/fraud table $(OUT)/scores.jsonl

## report: the HTML vetting report of the bundled example creators (REPORT_LANG=en|zh)
REPORT_LANG ?= en
report: $(STAMP) $(MODELS)
	@mkdir -p $(OUT)
	$(VENV)/bin/fraud report data/samples/creators.jsonl -o $(OUT)/report.html --lang $(REPORT_LANG)

## browser: Debian's chromium for the report's browser tests (installed only when missing)
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing chromium for the report's browser tests"; \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } || \
	  echo "WARNING: could not install chromium: the browser tests will be skipped"; }

## serve: the HTTP service on HOST:PORT (default 127.0.0.1:8000), e.g. make serve PORT=9000
serve: $(STAMP) $(MODELS)
	$(VENV)/bin/fraud serve --host $(or $(HOST),127.0.0.1) --port $(or $(PORT),8000) --workers 2

## derived: regenerate fraud/lexicons/derived.json, the lexicon analyses start-up reads (after editing a lexicon or the code analysing it; tests/test_startup.py says when)
derived: $(STAMP)
	$(PY) -m fraud.derived

test: $(STAMP) $(MODELS)
	$(PY) -m pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check fraud service training evaluation tests benchmarks
	$(VENV)/bin/ruff format --check fraud service training evaluation tests benchmarks
	$(VENV)/bin/mypy fraud service training evaluation

bench: $(STAMP) $(MODELS)
	$(PY) benchmarks/bench.py

## bench-spark: fraud score --engine spark (local[2]) beside the local CLI on the same input
bench-spark: $(STAMP) $(MODELS)
	$(PY) benchmarks/bench_spark.py

## fuzz: schemathesis on every route, 250 random cases per operation beside the boundary cases (2,837 in all; FUZZ_EXAMPLES, FUZZ_SEED)
FUZZ_EXAMPLES ?= 250
fuzz: $(STAMP) $(MODELS)
	FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(PY) -m pytest tests/test_fuzz.py -p no:cacheprovider -s

## soak: the real service, 16 clients on loopback for SOAK_SECONDS (default 600): no error, flat memory, /healthz < 100 ms
soak: $(STAMP) $(MODELS)
	$(PY) benchmarks/soak.py

## text-screen: every regex fraud/ compiles searched in adversarial texts of 1,000 and 4,000 characters, and the comment classifier (both paths) on repeated runs: flags time growing faster than the text, exit 1 (benchmarks/text_screen.py; ~2 min)
text-screen: $(STAMP) $(MODELS)
	$(PY) benchmarks/text_screen.py

## package-test: build the wheel, install it in a fresh virtualenv, score the examples from /tmp
package-test: $(STAMP) $(MODELS)
	FRAUD_PACKAGE_TEST=1 $(PY) -m pytest tests/test_package.py

## floors: build the wheel with the lowest setuptools allowed, install it with every dependency at its floor (uv, from the package index), score the examples (CLI, service) as here
floors: $(STAMP) $(MODELS)
	FRAUD_FLOORS_TEST=1 $(PY) -m pytest tests/test_install_floors.py -p no:cacheprovider -s

## store-servers: the store's tests (tests/test_store_servers.py) on SQLite and on a throwaway PostgreSQL and MariaDB (tests/servers.py; installs the servers and the drivers when missing; a server that cannot start is skipped, said why)
STORE_DRIVERS = $(PY) -c "import tomllib; print(' '.join(tomllib.load(open('pyproject.toml', 'rb'))['project']['optional-dependencies']['store-servers']))"
store-servers: $(STAMP)
	@{ command -v pg_ctl || ls /usr/lib/postgresql/*/bin/pg_ctl; } >/dev/null 2>&1 || { \
	  echo "installing postgresql for the store's server tests"; \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql; } || \
	  echo "WARNING: could not install postgresql: its tests will be skipped"; }
	@{ command -v mariadbd || command -v mysqld || test -x /usr/sbin/mariadbd; } >/dev/null 2>&1 || { \
	  echo "installing mariadb-server for the store's server tests"; \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mariadb-server; } || \
	  echo "WARNING: could not install mariadb-server: its tests will be skipped"; }
	@$(PY) -c "import psycopg, pymysql" >/dev/null 2>&1 || $(VENV)/bin/pip install --quiet $$($(STORE_DRIVERS)) || \
	  echo "WARNING: could not install the database drivers: the servers' tests will be skipped"
	$(PY) -m tests.servers

clean:
	rm -rf $(OUT) .pytest_cache .mypy_cache .ruff_cache data/generated
