"use strict";
// The browser's analysis reproduces every test vector; AnalysisVectorsTest holds the Java side to the same file.
const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const analysis = require("../../../templates/assets/search-analysis.js");

const file = path.join(__dirname, "../resources/search/analysis-vectors.json");
const vectors = JSON.parse(fs.readFileSync(file, "utf8")).vectors;

test("the vector file is not empty", () => {
  assert.ok(vectors.length > 10);
});

for (const v of vectors) {
  test("vector: " + v.name, () => {
    const s = analysis.syllables(v.input);
    assert.deepEqual(s.map((x) => x.exact), v.exact, "exact");
    assert.deepEqual(s.map((x) => x.fold), v.fold, "fold");
    assert.deepEqual(analysis.bigrams(s), v.bigrams, "bigrams");
  });
}

test("a query typed without diacritics is not accented, one with them is", () => {
  const [ham, can] = analysis.syllables("ham Cần");
  assert.equal(ham.exact === ham.fold, true);
  assert.equal(can.exact === can.fold, false);
});
