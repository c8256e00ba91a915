#!/usr/bin/env bash
# Start a throwaway PostgreSQL cluster on loopback (Debian's postgresql package) and print
# the SQLAlchemy URL tests use as PAGODESK_TEST_PG_URL. Usage: eval "$(.ci/postgres.sh)"
set -euo pipefail
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
DIR=${PAGODESK_PG_DIR:-/tmp/pagodesk-pg}
PORT=${PAGODESK_PG_PORT:-55432}
if ! "$PGBIN/pg_isready" -q -h 127.0.0.1 -p "$PORT"; then
    rm -rf "$DIR"
    mkdir -p "$DIR"
    chown postgres:postgres "$DIR"
    su postgres -s /bin/sh -c "$PGBIN/initdb -D $DIR/data -U postgres -A trust >/dev/null"
    su postgres -s /bin/sh -c "$PGBIN/pg_ctl -D $DIR/data -l $DIR/log -w -o '-h 127.0.0.1 -p $PORT -k $DIR -F' start >/dev/null"
fi
echo "export PAGODESK_TEST_PG_URL=postgresql+psycopg://postgres@127.0.0.1:$PORT/postgres"
