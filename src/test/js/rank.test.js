"use strict";
// The browser's ranking over a built site's static index. SearchScriptsTest builds the sample site and
// passes it in BULLETIN_SEARCH_SITE, with the Lucene engine's rankings in BULLETIN_SEARCH_EXPECTED.
const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const { Index } = require("../../../templates/assets/search-index.js");
const rank = require("../../../templates/assets/search-rank.js");

const site = process.env.BULLETIN_SEARCH_SITE;
const skip = site ? false : "run through mvn (SearchScriptsTest), which builds the site this needs";

function openIndex() {
  const counter = { bytes: 0, files: [] };
  const index = new Index((file) => {
    const bytes = fs.readFileSync(path.join(site, "search", file));
    counter.bytes += bytes.length;
    counter.files.push(file);
    return Promise.resolve(new Uint8Array(bytes));
  });
  return { index, counter };
}

async function paths(index, query, options) {
  const result = await rank.search(index, query, options);
  const rows = await index.rows(result.ids.slice(0, 10));
  return { result, paths: rows.map((r) => "/" + r[0]), rows };
}

// The notice the item cites is about Hàm Cần too, and shorter: the two lead, as in Lucene.
test("ham can lists the Hàm Cần item and the notice it cites first", { skip }, async () => {
  const { index } = openIndex();
  const { paths: found } = await paths(index, "ham can");
  assert.deepEqual(found.slice(0, 2).sort(), ["/tin-tuc-su-kien/ky-ket-ket-nghia-xa-ham-can/",
    "/van-ban/thong-bao-417-tb-tu/"]);
});

// The page computes Lucene's scores to the bit and breaks ties by date as the engine does.
test("the top ten agree with the Lucene engine's, in order", { skip }, async () => {
  const expected = JSON.parse(fs.readFileSync(process.env.BULLETIN_SEARCH_EXPECTED, "utf8"));
  const { index } = openIndex();
  const disagreements = [];
  for (const [query, lucene] of Object.entries(expected)) {
    const { paths: found } = await paths(index, query);
    if (!lucene.length || found.join(" ") !== lucene.join(" ")) {
      disagreements.push(query + ": static " + found.slice(0, 3).join(" ") + " | Lucene " + lucene.slice(0, 3).join(" "));
    }
  }
  assert.deepEqual(disagreements, []);
});

test("a cold query fetches the manifest and few chunks", { skip }, async () => {
  const { index, counter } = openIndex();
  await paths(index, "nong thon moi");
  assert.equal(counter.files[0], "manifest.json");
  assert.ok(counter.files.length <= 8, counter.files.join(" "));
  assert.ok(counter.bytes <= 75 * 1024, String(counter.bytes));
});

test("rows carry path, title, date line, ISO date, category and snippet", { skip }, async () => {
  const { index } = openIndex();
  const { rows } = await paths(index, "Hàm Cần", { category: "tin-tuc-su-kien" });
  assert.deepEqual(rows[0].slice(0, 5), ["tin-tuc-su-kien/ky-ket-ket-nghia-xa-ham-can/",
    "Tăng cường kết nghĩa giữa cơ quan, đơn vị với xã đồng bào dân tộc thiểu số", "Thứ Năm, 19/09/2024",
    "2024-09-19T09:00:00+07:00", "tin-tuc-su-kien"]);
});

test("a category filter keeps only that category", { skip }, async () => {
  const { index } = openIndex();
  const { rows } = await paths(index, "xa", { category: "thong-bao" });
  assert.ok(rows.length > 0);
  rows.forEach((r) => assert.equal(r[4], "thong-bao"));
});

test("newest first sorts by the date order of the slots", { skip }, async () => {
  const { index } = openIndex();
  const { rows } = await paths(index, "xa", { byDate: true });
  const dates = rows.map((r) => r[3]);
  assert.deepEqual(dates, [...dates].sort().reverse());
});

test("the last word matches as a prefix while typing", { skip }, async () => {
  const { index } = openIndex();
  const typed = await paths(index, "thanh lo", { prefix: true });
  assert.ok(typed.paths.includes("/khuyen-nong/san-xuat-thanh-long-trai-vu-an-toan/"));
  assert.ok(typed.result.prefixes.includes("lo"));
});

test("a query without diacritics over several spellings suggests them", { skip }, async () => {
  const { index } = openIndex();
  const { result } = await paths(index, "ban");
  assert.ok(result.suggestions.length >= 2, JSON.stringify(result.suggestions));
  assert.ok(result.suggestions.includes("bản"));
  const accented = await paths(index, "bản");
  assert.deepEqual(accented.result.suggestions, []);
});

test("markup in a query is only separators between words", { skip }, async () => {
  const { index } = openIndex();
  const { result } = await paths(index, "\"><img src=x onerror=alert(1)>");
  assert.deepEqual(result.terms.slice(0, 6), ["img", "src", "x", "onerror", "alert", "1"]);
});

test("newest first fetches the order file, as ties in score do", { skip }, async () => {
  const { index, counter } = openIndex();
  await paths(index, "xa", { byDate: true });
  assert.ok(counter.files.some((f) => f.startsWith("o/")), counter.files.join(" "));
});

test("a word typed with diacritics marks only its spelling where the result holds it", () => {
  const result = { terms: ["da", "lua"], prefixes: [], spellings: { da: "đa" } };
  const texts = ["Đa dạng sinh học đã được bảo tồn", "Đã có lúa, lửa và đa số"];
  const marked = rank.highlights(texts, result).map((ranges, i) => ranges.map((r) => texts[i].slice(r[0], r[1])));
  assert.deepEqual(marked, [["Đa"], ["lúa", "lửa", "đa"]]);
});

test("a word typed with diacritics marks every spelling when the result lacks its own", () => {
  const result = { terms: ["da"], prefixes: [], spellings: { da: "đa" } };
  const marked = rank.highlights(["Đã có đà tăng"], result)[0];
  assert.equal(marked.length, 2);
});

// Matching is by fold: "mua" finds mùa and mưa alike, and marks both; "mùa" marks only mùa where it occurs.
test("a result marks the spellings its query matched", { skip }, async () => {
  const marks = async (query) => {
    const { result, rows } = await paths(openIndex().index, query);
    const row = rows.find((r) => r[0] === "khuyen-nong/tuoi-tiet-kiem-nuoc-mua-kho/");
    const texts = [row[1], row[5]];
    return rank.highlights(texts, result).map((ranges, i) => ranges.map((r) => texts[i].slice(r[0], r[1])));
  };
  assert.deepEqual(await marks("mùa khô"), [["mùa", "khô"], ["mùa", "khô"]]);
  assert.deepEqual(await marks("mua kho"), [["mùa", "khô"], ["mưa", "mùa", "khô"]]);
});
