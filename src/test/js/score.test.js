"use strict";
// search-score.js against figures Lucene 9.12's BM25Similarity gives for the same statistics: a field held
// by 9 items of 1,234 tokens in all, a term in 3 of them, boosted 3 (the title's weight).
const test = require("node:test");
const assert = require("node:assert/strict");
const score = require("../../../templates/assets/search-score.js");

test("a one-byte norm reads back as Lucene's length", () => {
  assert.deepEqual([0, 23, 24, 25, 31, 32, 40, 120, 255].map(score.normLength),
    [0, 23, 24, 25, 31, 32, 40, 16408, 2013265944]);
});

test("a term scores Lucene's BM25 to the bit", () => {
  const norms = new Uint8Array([12, 62, 105]); // the norm bytes of lengths 12, 137 and 5,000
  const field = new score.Field(9, 1234, norms);
  const freqs = [1, 2, 7];
  const scored = [];
  for (let slot = 0; slot < 3; slot++) {
    for (const freq of freqs) {
      scored.push(new score.Term(field, 3, 3, [slot], [freq]).scores().values[0]);
    }
  }
  assert.deepEqual(scored, [2.2842607, 2.6479807, 2.9877973, 1.4363372, 1.972913, 2.6909623, 0.099338055,
    0.19260097, 0.5847111].map(Math.fround));
});
