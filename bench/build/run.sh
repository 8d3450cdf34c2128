#!/usr/bin/env bash
# Build benchmark: bulletin and Hugo build the same generated corpus, side by side, whole process,
# new JVM, no cache. Prints wall time (median of RUNS), peak RSS and pages per second.
#   bench/build/run.sh                 # NS="1000 10000", RUNS=3
#   NS="100000" RUNS=1 bench/build/run.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
NS="${NS:-1000 10000}"
RUNS="${RUNS:-3}"
WORK="${WORK:-/tmp/bulletin-bench}"
JAVA_OPTS="${JAVA_OPTS:-}"
jar="$root/target/bulletin.jar"
[ -f "$jar" ] || (cd "$root" && mvn -B -q package -DskipTests)
command -v hugo >/dev/null || { echo "hugo is missing: apt-get install -y hugo" >&2; exit 2; }

# time_run LABEL DIR CMD...: runs CMD in DIR RUNS times after a clean, prints "median_s max_rss_mib"
time_run() {
  local dir="$1"; shift
  local times=() rss=0
  for _ in $(seq "$RUNS"); do
    rm -rf "$dir/site" "$dir/.bulletin" "$dir/public" "$dir/resources"
    sync
    local out
    (cd "$dir" && /usr/bin/time -o /tmp/bench-time.txt -f "%e %M" "$@" >/dev/null 2>/tmp/bench-cmd.err) \
      || { cat /tmp/bench-cmd.err >&2; exit 1; }
    out=$(tail -1 /tmp/bench-time.txt)
    times+=("${out% *}")
    local r="${out#* }"; [ "$r" -gt "$rss" ] && rss="$r"
  done
  local median
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  echo "$median $((rss / 1024))"
}

printf '%-10s %8s %10s %12s %8s %10s\n' tool items "wall s" "peak MiB" pages "pages/s"
for n in $NS; do
  b="$WORK/bulletin-$n"; h="$WORK/hugo-$n"
  if [ ! -d "$b/content" ]; then
    python3 "$here/gen_corpus.py" --n "$n" --out "$b" --format bulletin
    python3 "$here/gen_corpus.py" --n "$n" --out "$h" --format hugo
    cp -r "$here/hugo/hugo.toml" "$here/hugo/layouts" "$h/"
  fi
  read -r bt bm < <(time_run "$b" java $JAVA_OPTS -jar "$jar" build --clock 2026-01-01T00:00:00Z)
  bp=$(find -L "$b/site" -name '*.html' | wc -l)
  read -r ht hm < <(time_run "$h" hugo --quiet --destination public)
  hp=$(find "$h/public" -name '*.html' | wc -l)
  printf '%-10s %8d %10s %12s %8d %10.0f\n' bulletin "$n" "$bt" "$bm" "$bp" "$(echo "$bp / $bt" | bc -l)"
  printf '%-10s %8d %10s %12s %8d %10.0f\n' hugo "$n" "$ht" "$hm" "$hp" "$(echo "$hp / $ht" | bc -l)"
  printf 'ratio bulletin/hugo at %d: %.2f\n' "$n" "$(echo "$bt / $ht" | bc -l)"
done
