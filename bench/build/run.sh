#!/usr/bin/env bash
# Build benchmark: bulletin and Hugo build the same generated corpus, side by side, whole process,
# new JVM, no cache. Prints wall time (median of RUNS), peak RSS and pages per second; then three
# rebuilds of bulletin with what its full build left (a new JVM each): nothing changed, one item
# edited, one item added; each beside Hugo's full build.
#   bench/build/run.sh                 # NS="1000 10000", RUNS=3
#   NS="100000" RUNS=1 JAVA_OPTS="-XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xmx2g" bench/build/run.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
NS="${NS:-1000 10000}"
RUNS="${RUNS:-3}"
WORK="${WORK:-/tmp/bulletin-bench}"
launcher="$root/target/bulletin"
[ -x "$launcher" ] || (cd "$root" && mvn -B -q package -DskipTests)
# JAVA_OPTS, when set, replaces the launcher's JVM settings.
if [ -n "${JAVA_OPTS:-}" ]; then export BULLETIN_JAVA_OPTS="$JAVA_OPTS"; fi
command -v hugo >/dev/null || { echo "hugo is missing: apt-get install -y hugo" >&2; exit 2; }
build=("$launcher" build --quiet --future --clock 2026-01-01T00:00:00Z)

# once DIR CMD...: runs CMD in DIR, keeping what earlier builds left; prints "seconds max_rss_mib"
once() {
  local dir="$1"; shift
  (cd "$dir" && /usr/bin/time -o /tmp/bench-time.txt -f "%e %M" "$@" >/dev/null 2>/tmp/bench-cmd.err) \
    || { cat /tmp/bench-cmd.err >&2; exit 1; }
  local out; out=$(tail -1 /tmp/bench-time.txt)
  echo "${out% *} $(( ${out#* } / 1024 ))"
}

# time_run DIR CMD...: runs CMD in DIR RUNS times after a clean, prints "median_s max_rss_mib"
time_run() {
  local dir="$1"; shift
  local times=() rss=0
  for _ in $(seq "$RUNS"); do
    rm -rf "$dir/site" "$dir/.bulletin" "$dir/public" "$dir/resources"
    sync
    local t r
    read -r t r < <(once "$dir" "$@")
    times+=("$t")
    [ "$r" -gt "$rss" ] && rss="$r"
  done
  local median
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  echo "$median $rss"
}

ratio() { echo "$1 / $2" | bc -l; }

printf '%-22s %8s %10s %12s %8s %10s\n' tool items "wall s" "peak MiB" pages "pages/s"
for n in $NS; do
  b="$WORK/bulletin-$n"; h="$WORK/hugo-$n"
  if [ ! -d "$b/content" ]; then
    python3 "$here/gen_corpus.py" --n "$n" --out "$b" --format bulletin
    python3 "$here/gen_corpus.py" --n "$n" --out "$h" --format hugo
    cp -r "$here/hugo/hugo.toml" "$here/hugo/layouts" "$h/"
  fi
  read -r bt bm < <(time_run "$b" "${build[@]}")
  bp=$(find -L "$b/site" -name '*.html' | wc -l)
  read -r ht hm < <(time_run "$h" hugo --quiet --destination public)
  hp=$(find "$h/public" -name '*.html' | wc -l)
  printf '%-22s %8d %10s %12s %8d %10.0f\n' bulletin "$n" "$bt" "$bm" "$bp" "$(ratio "$bp" "$bt")"
  printf '%-22s %8d %10s %12s %8d %10.0f\n' hugo "$n" "$ht" "$hm" "$hp" "$(ratio "$hp" "$ht")"
  printf 'ratio bulletin/hugo at %d: %.2f\n' "$n" "$(ratio "$bt" "$ht")"

  read -r nt nm < <(once "$b" "${build[@]}")
  item=$(find "$b/content" -name '*.md' | sort | sed -n 2p)
  cp "$item" /tmp/bench-item.bak
  printf '\nMột câu thêm vào khi biên tập lại.\n' >>"$item"
  read -r et em < <(once "$b" "${build[@]}")
  added="$(dirname "$item")/bai-moi-them-vao.md"
  sed 's/^title: .*/title: "Bài mới thêm vào"/; s/^date: .*/date: 2025-12-31T08:00:00+07:00/' "$item" >"$added"
  read -r at am < <(once "$b" "${build[@]}")
  rm -f "$added"; cp /tmp/bench-item.bak "$item"
  once "$b" "${build[@]}" >/dev/null
  printf '%-22s %8d %10s %12s   %.2f of Hugo full\n' "bulletin no change" "$n" "$nt" "$nm" "$(ratio "$nt" "$ht")"
  printf '%-22s %8d %10s %12s   %.2f of Hugo full\n' "bulletin edit one" "$n" "$et" "$em" "$(ratio "$et" "$ht")"
  printf '%-22s %8d %10s %12s   %.2f of Hugo full\n' "bulletin add one" "$n" "$at" "$am" "$(ratio "$at" "$ht")"
done
