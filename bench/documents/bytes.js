"use strict";
// Bytes a cold static query fetches from SITE/search/ (manifest, index chunks, result rows), with the
// page's own scripts run in node, for each query given. Usage: node bytes.js SITE QUERY...
const fs = require("node:fs");
const path = require("node:path");
const assets = path.join(__dirname, "../../templates/assets");
const { Index } = require(path.join(assets, "search-index.js"));
const rank = require(path.join(assets, "search-rank.js"));

const [site, ...queries] = process.argv.slice(2);
const root = fs.realpathSync(site);

(async () => {
  for (const q of queries) {
    const counter = { bytes: 0, files: 0 };
    const index = new Index((file) => {
      const bytes = fs.readFileSync(path.join(root, "search", file));
      counter.bytes += bytes.length;
      counter.files++;
      return Promise.resolve(new Uint8Array(bytes));
    });
    const result = await rank.search(index, q, {});
    const rows = await index.rows(result.ids.slice(0, 10));
    console.log(`| ${q} | ${result.ids.length} | ${rows.length ? "/" + rows[0][0] : "–"} | ${counter.files} | ${counter.bytes} |`);
  }
})().catch((e) => { console.error(e); process.exit(1); });
