#!/usr/bin/env bash
# Where a build's time goes: runs `target/bulletin build` on DIR under the JDK's Flight Recorder
# (one stack sample every 2 ms), then prints, for each stage of the pipeline, how many samples fell in
# it and the bulletin and Lucene frames most often under it.
#   bench/profile/run.sh DIR                 # a rebuild with what the last build left
#   EDIT=1 bench/profile/run.sh DIR          # after appending a sentence to one item, as an editor would
#   FRESH=1 bench/profile/run.sh DIR         # a full build: .bulletin/ and site/ removed first
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
dir="${1:?usage: bench/profile/run.sh DIR}"
out="${OUT:-/tmp/bulletin-profile}"
mkdir -p "$out"
[ -x "$root/target/bulletin" ] || (cd "$root" && mvn -B -q package -DskipTests)
if [ -n "${FRESH:-}" ]; then rm -rf "$dir/.bulletin" "$dir/site"; fi
if [ -n "${EDIT:-}" ]; then
  item=$(find "$dir/content" -name '*.md' -not -path '*/pages/*' | sort | sed -n 2p)
  printf '\nMột câu thêm vào khi biên tập lại.\n' >>"$item"
fi
BULLETIN_JAVA_OPTS="-XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xmx1g \
-XX:StartFlightRecording=filename=$out/build.jfr,settings=profile,jdk.ExecutionSample#period=2ms" \
  "$root/target/bulletin" build --verbose --source "$dir" --future --clock 2026-01-01T00:00:00Z
jfr print --stack-depth 200 --events jdk.ExecutionSample "$out/build.jfr" >"$out/samples.txt"
jfr print --events vn.bulletin.Stage "$out/build.jfr" >"$out/stages.txt"
python3 "$here/stages.py" "$out/samples.txt" "$out/stages.txt"
