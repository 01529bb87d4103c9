#!/usr/bin/env bash
# The whole test suite, on SQLite and then on PostgreSQL, browser tests included.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh --test
PGURL=$(scripts/services.sh)
export SANGATHAN_VAR=${SANGATHAN_VAR:-$(mktemp -d)}
echo "== tests on SQLite"
DATABASE_URL= .venv/bin/python -m pytest "$@"
echo "== tests on PostgreSQL"
DATABASE_URL="$PGURL" .venv/bin/python -m pytest "$@"
