"use strict";
// Ranks each search of EXPECTED (a query, whether it is being typed, and Lucene's top 10 as [path, score]
// pairs) with the static page's own scripts over SITE/search, and writes to REPORT one line per search
// whose top 10 differs in membership, order or score (the page's float32 scores are Lucene's to the bit).
//   node src/test/js/parity.js SITE EXPECTED REPORT
const fs = require("node:fs");
const path = require("node:path");
const { Index } = require("../../../templates/assets/search-index.js");
const rank = require("../../../templates/assets/search-rank.js");

async function main() {
  const [site, expectedFile, reportFile] = process.argv.slice(2);
  const expected = JSON.parse(fs.readFileSync(expectedFile, "utf8"));
  const index = new Index((file) => Promise.resolve(new Uint8Array(fs.readFileSync(path.join(site, "search", file)))));
  const lines = [];
  for (const { query, prefix, hits } of expected) {
    const name = query + (prefix ? " (typing)" : "");
    const lucene = hits.map((h) => h[0]);
    const result = await rank.search(index, query, { prefix });
    const ids = result.ids.slice(0, 10);
    const found = (await index.rows(ids)).map((r) => "/" + r[0]);
    if (found.join(" ") !== lucene.join(" ")) {
      const first = found.findIndex((p, i) => p !== lucene[i]);
      lines.push(name + " | from rank " + (first + 1) + ": static " + found.slice(first, first + 3).join(" ")
        + " | Lucene " + lucene.slice(first, first + 3).join(" "));
    } else {
      const at = ids.findIndex((id, i) => result.score[id] !== Math.fround(hits[i][1]));
      if (at >= 0) {
        lines.push(name + " | score at rank " + (at + 1) + ": static " + result.score[ids[at]] + " | Lucene "
          + Math.fround(hits[at][1]));
      }
    }
  }
  fs.writeFileSync(reportFile, lines.map((l) => l + "\n").join(""));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
