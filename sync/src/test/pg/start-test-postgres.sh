#!/usr/bin/env bash
# Starts a private, throw-away PostgreSQL (Debian package) on 127.0.0.1 for the sync server's
# PostgreSQL-mode test, and prints the JDBC URL to export as PROJECTDESK_TEST_PG_URL.
# Usage: eval "$(sync/src/test/pg/start-test-postgres.sh)"    Stop: pg_ctl -D "$PROJECTDESK_TEST_PG_DIR" stop
set -euo pipefail
PORT="${PROJECTDESK_TEST_PG_PORT:-55432}"
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$BIN" ]; then
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get update -qq >&2
  as_root apt-get install -y -qq --no-install-recommends postgresql >&2
  BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
fi
DIR=$(mktemp -d /tmp/projectdesk-pg.XXXXXX)
chown postgres "$DIR" 2>/dev/null || true
run_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
run_pg "$BIN/initdb" -D "$DIR/data" -U postgres --auth=trust -E UTF8 >&2
run_pg "$BIN/pg_ctl" -D "$DIR/data" -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1" -l "$DIR/log" -w start >&2
run_pg "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -c "CREATE DATABASE projectdesk_test" >&2
echo "export PROJECTDESK_TEST_PG_URL='jdbc:postgresql://127.0.0.1:$PORT/projectdesk_test?user=postgres'"
echo "export PROJECTDESK_TEST_PG_DIR='$DIR/data'"
