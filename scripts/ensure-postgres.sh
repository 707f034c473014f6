#!/usr/bin/env bash
# CI: makes sure PostgreSQL is installed, so the PostgreSQL tests run instead of being skipped.
# The tests start their own throwaway cluster (scripts/postgres-cluster.mjs); Debian's package
# puts initdb in /usr/lib/postgresql/<version>/bin, not on PATH, and the script looks there too.
set -euo pipefail
if command -v initdb >/dev/null || compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null; then
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's postgresql for the PostgreSQL tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  exit 0
fi
echo "No PostgreSQL found. Install it (Debian/Ubuntu: sudo apt-get install postgresql) or set VITRINE_TEST_POSTGRES_URL." >&2
exit 1
