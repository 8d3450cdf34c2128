"use strict";
// Runs Pagefind's own search script (site/pagefind/pagefind.js, its wasm on the main thread since node
// has no Worker) in node, a fresh instance per query (cold), counting the bytes it loads.
const fs = require("node:fs");
const path = require("node:path");
const { pathToFileURL, fileURLToPath } = require("node:url");

async function run(site, queries) {
  const counter = { bytes: 0 };
  globalThis.fetch = async (url) => {
    const u = new URL(url);
    u.search = "";
    const bytes = fs.readFileSync(fileURLToPath(u));
    counter.bytes += bytes.length;
    return new Response(bytes);
  };
  const out = [];
  for (const q of queries) {
    // A query string makes a new module instance: nothing cached from the previous query.
    const pagefind = await import(pathToFileURL(path.join(site, "pagefind", "pagefind.js")) + "?q=" + q.id);
    await pagefind.init();
    counter.bytes = 0;
    const search = await pagefind.search(q.q);
    const data = await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
    // Page URLs come prefixed with the bundle's file location; the last two segments name the item.
    out.push({ urls: data.map((d) => d.url.replace(/index\.html$/, "").replace(/^.*\/([^/]+\/[^/]+\/)$/, "/$1")), bytes: counter.bytes });
  }
  return out;
}

module.exports = { run };
