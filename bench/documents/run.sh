#!/usr/bin/env bash
# Documents benchmark: bash bench/documents/run.sh. N documents (default 5000), each with a PDF of
# PAGES pages (default 20), added to a corpus of ITEMS news items (default 1000, from
# bench/search/generate.js). Builds the news alone and the news with the documents, each from clean
# in a new JVM, then the documents again with only the extracted texts kept (.bulletin/cache/attachments),
# and prints the extra build time, the search export's size and the bytes a cold static query fetches.
# Builds run with the launcher's settings (target/bulletin: a 1 GB heap). REUSE=1 keeps the corpus
# already generated in WORK (generating 5,000 PDFs takes about 25 minutes on 2 cores).
# Not part of mvn verify.
set -euo pipefail
cd "$(dirname "$0")/../.."
n="${N:-5000}"
pages="${PAGES:-20}"
items="${ITEMS:-1000}"
work="${WORK:-target/bench-documents-$n}"
clock=2026-01-01T00:00:00Z
[ -f target/bulletin.jar ] || mvn -B -q package -DskipTests
if [ "${REUSE:-0}" = 1 ] && [ -d "$work/docs/content/van-ban" ]; then
  rm -rf "$work/news/site" "$work/news/.bulletin" "$work/docs/site" "$work/docs/.bulletin"
  echo "== reused the $(find "$work/docs/content/van-ban" -name index.md | wc -l) documents in $work/docs"
else
  rm -rf "$work" && mkdir -p "$work"
  node bench/search/generate.js "$items" "$work/news" >/dev/null
  cp -r "$work/news" "$work/docs"
  started=$(date +%s.%N)
  java -cp target/bulletin.jar bench/documents/GenerateDocuments.java "$n" "$pages" "$work/docs/content/van-ban"
  echo "== generated $n documents of $pages pages in $(awk "BEGIN{printf \"%.1f\", $(date +%s.%N) - $started}") s:" \
    "$(du -sk "$work/docs/content/van-ban" | cut -f1) KB"
fi

timed() { # label dir
  local out
  out=$( { /usr/bin/time -f "%e s, %M KB peak" target/bulletin build --source "$2" --clock "$clock" --quiet; } 2>&1 | tail -1)
  echo "| $1 | $out | $(find "$2/site/search" -type f | wc -l) | $(du -sbL "$2/site/search/" | cut -f1) | $(stat -c %s "$2/site/search/manifest.json") |"
}
echo
echo "| build (new JVM) | wall, peak RSS | search files | search bytes | manifest bytes |"
echo "| --- | --- | ---: | ---: | ---: |"
timed "$items news items" "$work/news"
timed "$items news items + $n documents" "$work/docs"
# Everything a build keeps but the texts of the attachments: the parse cache, the index, the releases.
mv "$work/docs/.bulletin/cache/attachments" "$work/attachments"
rm -rf "$work/docs/site" "$work/docs/.bulletin"
mkdir -p "$work/docs/.bulletin/cache" && mv "$work/attachments" "$work/docs/.bulletin/cache/attachments"
timed "the same, attachment texts kept" "$work/docs"
timed "the same again, nothing changed" "$work/docs"

# A number as written and as people type it: the 17th document's, whatever the seed made of it.
number=$(sed -n 's/^so-ky-hieu: "\(.*\)"$/\1/p' "$work/docs/content/van-ban/vb-17/index.md")
echo
echo "| query | hits | first | files fetched | bytes fetched |"
echo "| --- | ---: | --- | ---: | ---: |"
for site in "$work/news/site" "$work/docs/site"; do
  echo "| **${site#"$work/"}** | | | | |"
  node bench/documents/bytes.js "$site" "ham can" "chuyen doi so" "nong thon moi" "$number" "$(echo "$number" | tr '/-' '  ')" \
    "giai ngan von dau tu cong" "thanh long vu nghich"
done
