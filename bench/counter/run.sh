#!/usr/bin/env bash
# Benchmark of `bulletin counter` on loopback with wrk (Debian package wrk): recorded visits per second
# and latency for SQLite (synchronous=FULL) and PostgreSQL, then 300 slow clients holding connections
# while a normal request is timed. Prints the figures; see README.md beside it.
#   bench/counter/run.sh [DURATION_SECONDS] [CONNECTIONS...]
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${1:-12}
shift $(($# > 0 ? 1 : 0))
connection_counts=("$@")
[ "${#connection_counts[@]}" -gt 0 ] || connection_counts=(16 64)
pg_base=${BULLETIN_BENCH_POSTGRES:-jdbc:postgresql://127.0.0.1:5432/bulletin_test?user=bulletin&password=bulletin}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
[ -f target/bulletin.jar ] || mvn -B -q package -DskipTests

work=$(mktemp -d)
server=
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
printf 'counter:\n  initial-total: 832881\n' > "$work/bulletin.yaml"

start() { # start [--db URL]: runs bulletin counter, sets $server and $port
  java -jar target/bulletin.jar counter --source "$work" --port 0 "$@" > "$work/out.txt" 2> "$work/err.txt" &
  server=$!
  for _ in $(seq 1 100); do
    port=$(grep -o 'listening on http://127.0.0.1:[0-9]*' "$work/out.txt" | cut -d: -f3 || true)
    [ -n "$port" ] && return 0
    sleep 0.1
  done
  cat "$work/err.txt" >&2; exit 1
}
stop() { kill "$server"; wait "$server" || true; server=; }
total() { curl -s "http://127.0.0.1:$port/api/visits?path=/" -A "Mozilla/5.0 Firefox" | sed 's/.*"total":\([0-9]*\).*/\1/'; }

measure() { # measure NAME [--db URL]: one service, one run per connection count
  local name=$1; shift
  start "$@"
  for connections in "${connection_counts[@]}"; do
    run "$name" "$connections"
  done
  stop
}

run() { # run NAME CONNECTIONS
  local name=$1 connections=$2
  # A short warm-up so the JIT has compiled the hot path; its visits are subtracted below.
  wrk -t2 -c"$connections" -d5s -s bench/counter/post.lua "http://127.0.0.1:$port/api/visits" > /dev/null
  local before; before=$(total)
  wrk -t2 -c"$connections" -d"${duration}s" --latency -s bench/counter/post.lua \
    "http://127.0.0.1:$port/api/visits" > "$work/wrk.txt"
  local after; after=$(total)
  local recorded=$((after - before))
  echo "== $name: wrk -t2 -c$connections -d${duration}s (POST /api/visits)"
  grep -E "Requests/sec|Non-2xx|Socket errors|requests in|percentiles:" "$work/wrk.txt"
  echo "recorded visits: $recorded in ${duration} s = $((recorded / duration)) visits/s (stored total after: $after)"
}

measure "SQLite, synchronous=FULL"
schema="bench_$$"
if command -v psql >/dev/null && PGPASSWORD=bulletin psql -h 127.0.0.1 -U bulletin -d bulletin_test -qc "CREATE SCHEMA $schema" 2>/dev/null; then
  measure "PostgreSQL $(PGPASSWORD=bulletin psql -h 127.0.0.1 -U bulletin -d bulletin_test -tAc 'SHOW server_version')" \
    --db "$pg_base&currentSchema=$schema"
  PGPASSWORD=bulletin psql -h 127.0.0.1 -U bulletin -d bulletin_test -qc "DROP SCHEMA $schema CASCADE"
else
  echo "== PostgreSQL: skipped (no server at 127.0.0.1:5432 with role bulletin; see .ci/run)"
fi

echo "== 300 slow clients: each opens a connection, sends half a request line and waits"
start
slow=()
for _ in $(seq 1 300); do
  exec {fd}<>"/dev/tcp/127.0.0.1/$port"
  printf 'POST /api/visits HTTP/1.1\r\nHost: x\r\n' >&"$fd"
  slow+=("$fd")
done
curl -s -o /dev/null -w 'normal request while 300 connections are held: HTTP %{http_code} in %{time_total} s\n' \
  -X POST -H 'Content-Type: application/json' -A 'Mozilla/5.0 Firefox' -d '{"path":"/"}' \
  "http://127.0.0.1:$port/api/visits"
echo "server threads: $(ls /proc/$server/task | wc -l) (Jetty pool capped at 32)"
for fd in "${slow[@]}"; do exec {fd}>&-; done
stop
