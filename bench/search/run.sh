#!/usr/bin/env bash
# Search benchmark: bash bench/search/run.sh [SIZE] [--pagefind]. Builds target/bulletin.jar first if
# missing, generates SIZE items (default 1000) under target/bench-search-SIZE, builds them with
# bulletin (timing the search stage), then scores the judged queries. Not part of mvn verify.
set -euo pipefail
cd "$(dirname "$0")/../.."
size="${1:-1000}"
shift || true
dir="target/bench-search-$size"
[ -f target/bulletin.jar ] || mvn -B -q package -DskipTests
node bench/search/generate.js "$size" "$dir"
echo "== build"
java -jar target/bulletin.jar build --source "$dir" --clock 2026-01-01T00:00:00Z
echo "== site/search: $(find "$dir/site/search" -type f | wc -l) files, $(du -sk "$dir/site/search/" | cut -f1) KB on disk," \
  "manifest $(stat -c %s "$dir/site/search/manifest.json") bytes, largest $(find "$dir/site/search" -type f -printf '%s\n' | sort -n | tail -1) bytes"
echo "== search scripts, gzip: $(cat templates/assets/search-analysis.js templates/assets/search-index.js templates/assets/search-score.js templates/assets/search-plan.js templates/assets/search-rank.js templates/assets/search.js | gzip -9 | wc -c) bytes"
if [ "${1:-}" = "--pagefind" ]; then
  (cd bench/search && npm install --no-audit --no-fund --silent)
  start=$(date +%s.%N)
  # Only the article pages, as our index holds only items.
  bench/search/node_modules/.bin/pagefind --site "$dir/site" --glob "*/tin-*/index.html" >/dev/null
  echo "== pagefind index: $(awk "BEGIN{printf \"%.1f\", $(date +%s.%N) - $start}") s, $(du -sk "$dir/site/pagefind" | cut -f1) KB"
fi
echo "== queries"
node bench/search/run.js "$dir" target/bulletin.jar "$@"
