"use strict";
// nDCG@10 (gain 2^g - 1, discount log2(rank + 1), ideal from all judged items), MRR (first grade-2
// item in the top 10), Recall@10 (relevant g >= 1 in the top 10 / min(relevant, 10)).
function ndcg(urls, rel) {
  const dcg = (grades) => grades.slice(0, 10).reduce((s, g, i) => s + (2 ** g - 1) / Math.log2(i + 2), 0);
  const ideal = dcg(Object.values(rel).sort((a, b) => b - a));
  return ideal ? dcg(urls.map((u) => rel[u] || 0)) / ideal : 0;
}
function mrr(urls, rel) {
  const i = urls.slice(0, 10).findIndex((u) => rel[u] === 2);
  return i < 0 ? 0 : 1 / (i + 1);
}
function recall(urls, rel) {
  const relevant = Object.keys(rel).length;
  return relevant ? urls.slice(0, 10).filter((u) => rel[u]).length / Math.min(relevant, 10) : 0;
}
function all(urls, rel) {
  return { ndcg: ndcg(urls, rel), mrr: mrr(urls, rel), recall: recall(urls, rel) };
}
const f = (x) => x.toFixed(2);
const kb = (b) => (b / 1024).toFixed(1);
function mean(rows, key, m) {
  return rows.reduce((s, r) => s + r[key][m], 0) / rows.length;
}
function report(rows, withPagefind) {
  const lines = [];
  const head = "| query | kind | static nDCG / MRR / R@10 | Lucene nDCG / MRR / R@10 |" +
    (withPagefind ? " Pagefind nDCG / MRR / R@10 |" : "") +
    " static KB: manifest + index + meta (files) | Pagefind KB | static ms after chunks |";
  lines.push(head, head.replace(/[^|]+/g, "---"));
  for (const r of rows) {
    const c = r.s.counter;
    lines.push(`| \`${r.q.q}\` | ${r.q.kind} | ${f(r.ms.ndcg)} / ${f(r.ms.mrr)} / ${f(r.ms.recall)} | ` +
      `${f(r.ml.ndcg)} / ${f(r.ml.mrr)} / ${f(r.ml.recall)} |` +
      (withPagefind ? ` ${f(r.mp.ndcg)} / ${f(r.mp.mrr)} / ${f(r.mp.recall)} |` : "") +
      ` ${kb(c.manifest)} + ${kb(c.index)} + ${kb(c.meta)} (${c.files}) | ${withPagefind ? kb(r.pb) : "–"} | ${r.s.ms.toFixed(1)} |`);
  }
  lines.push(`| **mean** | | ${f(mean(rows, "ms", "ndcg"))} / ${f(mean(rows, "ms", "mrr"))} / ${f(mean(rows, "ms", "recall"))} | ` +
    `${f(mean(rows, "ml", "ndcg"))} / ${f(mean(rows, "ml", "mrr"))} / ${f(mean(rows, "ml", "recall"))} |` +
    (withPagefind ? ` ${f(mean(rows, "mp", "ndcg"))} / ${f(mean(rows, "mp", "mrr"))} / ${f(mean(rows, "mp", "recall"))} |` : "") +
    " | | |");
  return lines.join("\n");
}
module.exports = { all, report, ndcg, mrr, recall };
