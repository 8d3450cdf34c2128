"use strict";
// Scores the judged queries on a generated corpus built by bulletin: our static search (the page's
// own scripts run in node over site/search/), our Lucene engine (bulletin search --json) and, when
// installed here, Pagefind. Usage: node run.js CORPUS_DIR JAR [--pagefind]
const fs = require("node:fs");
const path = require("node:path");
const { execFileSync } = require("node:child_process");
const assets = path.join(__dirname, "../../templates/assets");
const { Index } = require(path.join(assets, "search-index.js"));
const rank = require(path.join(assets, "search-rank.js"));
const metrics = require("./metrics.js");

const [corpus, jar] = process.argv.slice(2);
const queries = JSON.parse(fs.readFileSync(path.join(__dirname, "queries.json"), "utf8"));
const qrels = JSON.parse(fs.readFileSync(path.join(corpus, "qrels.json"), "utf8"));
const site = fs.realpathSync(path.join(corpus, "site"));

function coldIndex(counter) {
  return new Index((file) => {
    const bytes = fs.readFileSync(path.join(site, "search", file));
    const kind = file === "manifest.json" ? "manifest" : file.startsWith("m/") ? "meta" : "index";
    counter[kind] += bytes.length;
    counter.files++;
    return Promise.resolve(new Uint8Array(bytes));
  });
}

async function staticRun(q) {
  const counter = { manifest: 0, index: 0, meta: 0, files: 0 };
  const index = coldIndex(counter);
  const result = await rank.search(index, q.q, { prefix: !!q.prefix });
  const rows = await index.rows(result.ids.slice(0, 10));
  // Warm: every chunk is in memory, so this is the time from "chunks arrived" to a ranked top 10.
  const started = process.hrtime.bigint();
  const again = await rank.search(index, q.q, { prefix: !!q.prefix });
  await index.rows(again.ids.slice(0, 10));
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  return { urls: rows.map((r) => "/" + r[0]), counter, ms };
}

function luceneRun(q) {
  const args = ["-jar", jar, "search", "--source", corpus, "--json", "--size", "10"].concat(q.prefix ? ["--prefix"] : []);
  const out = execFileSync("java", args.concat([q.q]), { encoding: "utf8" });
  return JSON.parse(out).map((h) => h.url);
}

(async () => {
  const rows = [];
  for (const q of queries) {
    const s = await staticRun(q);
    const l = luceneRun(q);
    rows.push({ q, s, l, ms: metrics.all(s.urls, qrels[q.id]), ml: metrics.all(l, qrels[q.id]) });
  }
  let pagefind = null;
  if (process.argv.includes("--pagefind")) {
    pagefind = await require("./pagefind-run.js").run(site, queries);
    rows.forEach((r, i) => { r.mp = metrics.all(pagefind[i].urls, qrels[r.q.id]); r.pb = pagefind[i].bytes; });
  }
  console.log(metrics.report(rows, !!pagefind));
})().catch((e) => { console.error(e); process.exit(1); });
