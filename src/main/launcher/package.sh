#!/bin/sh
# Run by Maven at package time, after the jar is shaded: puts the launcher beside the jar and makes
# the class archive it uses from a build of the sample site. A missing archive only costs start-up
# time, so a failed training run warns and carries on.
#   package.sh <target dir> <project dir> <java>
set -eu
target="$1"; project="$2"; java="$3"
cp "$project/src/main/launcher/bulletin" "$target/bulletin"
chmod +x "$target/bulletin"
rm -f "$target/bulletin.jsa" "$target/bulletin.jsa.java"
training="$target/cds-training"
rm -rf "$training"
mkdir -p "$training"
cp -r "$project/content" "$project/templates" "$project/bulletin.yaml" "$training/"
if "$java" -XX:ArchiveClassesAtExit="$target/bulletin.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
    -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -jar "$target/bulletin.jar" build --source "$training" \
    --clock 2026-01-01T00:00:00Z >"$target/cds-training.log" 2>&1; then
  readlink -f "$java" >"$target/bulletin.jsa.java"
else
  echo "warning: the class archive was not made (see $target/cds-training.log); bulletin starts a little slower" >&2
  rm -f "$target/bulletin.jsa"
fi
rm -rf "$training"
