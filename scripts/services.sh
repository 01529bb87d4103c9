#!/usr/bin/env bash
# Make sure what the tests need is on this machine: PostgreSQL running, Chromium and a Devanagari font.
# Installs from Debian's packages when missing (needs root, as on CI). Prints the PostgreSQL URL.
set -euo pipefail
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
apt_updated=
need_pkg() {
  if [ -z "$apt_updated" ]; then as_root apt-get update -qq >&2; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >&2
}

if [ ! -x /usr/bin/chromium ] || ! fc-list 2>/dev/null | grep -qi "Noto Sans Devanagari"; then
  need_pkg chromium fonts-noto-core fontconfig
fi
# WeasyPrint (attendance sheets) shapes Devanagari with Debian's Pango and HarfBuzz.
if ! ldconfig -p | grep -q "libpangoft2-1.0.so.0" || ! ldconfig -p | grep -q "libharfbuzz-subset.so.0"; then
  need_pkg libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0
fi

PGURL=${SANGATHAN_TEST_PG:-postgresql://postgres:postgres@127.0.0.1:5432/sangathan_test_base}
if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  need_pkg postgresql
  installed_pg=1
fi
if ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
  version=$(ls /etc/postgresql | sort -n | tail -1)
  as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start >&2 || true
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
fi
pg_isready -h 127.0.0.1 -p 5432 >&2
if [ -n "${installed_pg:-}" ]; then
  # A fresh Debian cluster asks for a password over TCP: give postgres the one our URL carries.
  as_root su postgres -c "psql -q -c \"ALTER USER postgres PASSWORD 'postgres'\"" >&2
fi
echo "$PGURL"
