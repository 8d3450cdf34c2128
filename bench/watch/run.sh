#!/usr/bin/env bash
# Live preview latency: for each N, generates the build benchmark's corpus, starts
# `bulletin serve --watch` on it from target/bulletin.jar, opens an article in headless Chromium and
# edits the item's title EDITS times (after WARMUP edits not counted), printing for each edit the
# rebuild line, save -> `reload` event and save -> page shows the new title.
#   bench/watch/run.sh                       # NS=1000 EDITS=5 WARMUP=1
#   NS="1000 10000" JAVA_OPTS=-Xmx4g bench/watch/run.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
NS="${NS:-1000}"
EDITS="${EDITS:-5}"
WARMUP="${WARMUP:-1}"
WORK="${WORK:-/tmp/bulletin-bench-watch}"
JAVA_OPTS="${JAVA_OPTS:-}"
jar="$root/target/bulletin.jar"
[ -f "$jar" ] || (cd "$root" && mvn -B -q package -DskipTests)
command -v chromium >/dev/null || { echo "chromium is missing: apt-get install -y chromium" >&2; exit 2; }
command -v node >/dev/null || { echo "node is missing: apt-get install -y nodejs" >&2; exit 2; }
mkdir -p "$WORK"

pid=""
stop() {
  if [ -n "$pid" ]; then
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
  pid=""
}
trap stop EXIT

for n in $NS; do
  src="$WORK/bulletin-$n"
  [ -d "$src/content" ] || python3 "$root/bench/build/gen_corpus.py" --n "$n" --out "$src" --format bulletin
  rm -rf "$src/site" "$src/.bulletin"
  out="$WORK/serve-$n.out"
  # shellcheck disable=SC2086
  java $JAVA_OPTS -jar "$jar" serve --watch --source "$src" --port 0 --clock 2026-01-01T00:00:00Z \
    >"$out" 2>"$WORK/serve-$n.err" &
  pid=$!
  url=""
  for _ in $(seq 1200); do
    url="$(sed -n 's/.*listening on \(http:[^ ]*\/\).*/\1/p' "$out")"
    [ -n "$url" ] && break
    kill -0 "$pid" 2>/dev/null || { cat "$WORK/serve-$n.err" >&2; exit 1; }
    sleep 0.5
  done
  [ -n "$url" ] || { echo "serve --watch did not start within 10 minutes" >&2; exit 1; }
  echo "== N=$n: $(head -1 "$out")"
  node --experimental-websocket --no-warnings "$here/measure.js" --url "$url" --source "$src" --log "$out" \
    --edits "$EDITS" --warmup "$WARMUP"
  stop
done
