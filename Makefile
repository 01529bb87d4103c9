.PHONY: demo test bench lint

# Run Sangathan on SQLite with the demo organisation at http://127.0.0.1:8000/
demo:
	scripts/bootstrap.sh
	.venv/bin/sangathan demo

# The whole test suite on SQLite and on PostgreSQL (starts PostgreSQL, installs Chromium if missing)
test:
	scripts/test.sh

# Benchmarks: each prints a markdown table (and writes it under bench/results/)
bench:
	scripts/bootstrap.sh --test
	.venv/bin/python bench/run_all.py
