"use strict";
// Ranks each query of EXPECTED (Lucene's top 10 by query) with the static page's own scripts over
// SITE/search, and writes to REPORT one line per query whose top 10 differs in membership or order.
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
  for (const [query, lucene] of Object.entries(expected)) {
    const result = await rank.search(index, query, {});
    const rows = await index.rows(result.ids.slice(0, 10));
    const found = rows.map((r) => "/" + r[0]);
    if (found.join(" ") !== lucene.join(" ")) {
      const first = found.findIndex((p, i) => p !== lucene[i]);
      lines.push(query + " | from rank " + (first + 1) + ": static " + found.slice(first, first + 3).join(" ")
        + " | Lucene " + lucene.slice(first, first + 3).join(" "));
    }
  }
  fs.writeFileSync(reportFile, lines.map((l) => l + "\n").join(""));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
