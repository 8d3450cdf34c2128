#!/usr/bin/env bash
# Import benchmark: N saved NukeViet article pages (gen_pages.py) imported into an empty project by
# `bulletin import --preset nukeviet`, whole process, new JVM: wall time and peak RSS; then the same
# import again (nothing changed: every item skipped as already imported) and a build of the result.
#   bench/import/run.sh              # N=10000
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
N="${N:-10000}"
WORK="${WORK:-/tmp/bulletin-bench-import}"
launcher="$root/target/bulletin"
[ -x "$launcher" ] || (cd "$root" && mvn -B -q package -DskipTests)
rm -rf "$WORK"
python3 "$here/gen_pages.py" --n "$N" --out "$WORK"
timed() {
  /usr/bin/time -o /tmp/bench-import-time.txt -f "%e %M" "$@" >/tmp/bench-import.out 2>&1 \
    || { tail -20 /tmp/bench-import.out >&2; exit 1; }
  read -r s kb </tmp/bench-import-time.txt
  echo "$s s, $((kb / 1024)) MiB"
}
echo "import of $N pages:      $(timed "$launcher" import --source "$WORK/site" --preset nukeviet "$WORK/portal")"
tail -3 /tmp/bench-import.out
echo "items written: $(find "$WORK/site/content" -name '*.md' | wc -l)"
echo "import again (no change): $(timed "$launcher" import --source "$WORK/site" --preset nukeviet "$WORK/portal")"
echo "build of the result:      $(timed "$launcher" build --quiet --source "$WORK/site" --clock 2026-01-01T00:00:00Z)"
