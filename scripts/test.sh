#!/usr/bin/env bash
# The whole test suite, on SQLite and then on PostgreSQL, browser tests included.
# Both halves always run; the script fails if either failed.
set -uo pipefail
cd "$(dirname "$0")/.."
set -e
scripts/bootstrap.sh --test
PGURL=$(scripts/services.sh)
set +e
export SANGATHAN_VAR=${SANGATHAN_VAR:-$(mktemp -d)}
echo "== tests on SQLite"
DATABASE_URL= .venv/bin/python -m pytest "$@"
sqlite_rc=$?
echo "== tests on PostgreSQL"
DATABASE_URL="$PGURL" .venv/bin/python -m pytest "$@"
pg_rc=$?
result() { case $1 in 0) echo passed;; 5) echo "ran no test";; *) echo "FAILED (pytest exit $1)";; esac; }
echo "== SQLite: $(result $sqlite_rc); PostgreSQL: $(result $pg_rc)"
[ "$sqlite_rc" = 0 ] && [ "$pg_rc" = 0 ]
