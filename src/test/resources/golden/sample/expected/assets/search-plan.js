/* Bulletin search: the clauses of a query, with the rules of vn.bulletin.search.QueryPlan: every syllable
   required except very common (soft) ones; the exact spelling of a syllable typed with diacritics, in the
   exact fields; adjacent syllables (bigrams); the last word's completions while typing; a syllable the
   index lacks, retried one edit away. Each clause is built as Lucene builds and rewrites the same query, so
   that search-score.js sums it as Lucene does. */
(function (root, factory) {
  "use strict";
  if (typeof module === "object" && module.exports) {
    module.exports = factory(require("./search-index.js"), require("./search-score.js"));
  } else {
    root.BulletinPlan = factory(root.BulletinSearch, root.BulletinScore);
  }
})(typeof self !== "undefined" ? self : this, function (format, score) {
  "use strict";
  var BIGRAM_BOOST = 1.5;
  var EXACT_BOOST = 0.5;
  var MAX_BIGRAMS = 12;

  /* The distinct syllables of a query, by fold; the last one is a prefix while typing. */
  function tokens(syllables, prefix) {
    var last = syllables[syllables.length - 1].fold;
    var byFold = new Map();
    syllables.forEach(function (s) {
      if (!byFold.has(s.fold)) {
        byFold.set(s.fold, { fold: s.fold, exact: s.exact, accented: s.exact !== s.fold,
          prefix: prefix && s.fold === last, found: [] });
      }
    });
    return Array.from(byFold.values());
  }

  /* Adjacent syllables, none across a sentence break; the last pair is a prefix while typing. */
  function pairs(syllables, prefix) {
    var out = [];
    for (var i = 1; i < syllables.length && out.length < MAX_BIGRAMS; i++) {
      if (!syllables[i].afterBreak) {
        out.push({ key: syllables[i - 1].fold + " " + syllables[i].fold, prefix: prefix && i === syllables.length - 1 });
      }
    }
    return out;
  }

  /* {required, optional}: the clauses of a query whose tokens and pairs hold what the index found for
     them. Soft syllables (in more than m.soft of the items) are optional; when every syllable is soft, the
     pairs that are not soft are required instead, else all the syllables are. */
  function clauses(m, norms, tokens, pairs) {
    var fields = {
      title: new score.Field(m.fields.title, m.fields.titleTokens, norms.title),
      body: new score.Field(m.fields.body, m.fields.bodyTokens, norms.body),
      bigram: new score.Field(m.fields.bigram, m.fields.bigramTokens, norms.bigram),
      titleWeight: m.fields.titleWeight
    };
    var limit = m.docs * m.soft;
    var required = [];
    var optional = [];
    var soft = [];
    tokens.forEach(function (t) {
      var df = docFrequency(t.found);
      if (df > 0) {
        (df > limit ? soft : required).push(syllableClause(fields, t));
      }
      var exact = t.accented && !t.prefix && !t.typo && df > 0 ? exactClause(fields, t) : null;
      if (exact) {
        optional.push(exact);
      }
    });
    var allSoft = !required.length;
    pairs.forEach(function (p) {
      if (p.found.length) {
        var into = p.prefix || !allSoft || docFrequency(p.found) > limit ? optional : required;
        into.push(pairClause(fields, p));
      }
    });
    var unrequired = required.length ? optional : required;
    soft.forEach(function (clause) { unrequired.push(clause); });
    return { required: required, optional: optional };
  }

  // How many items match any of the records found for a word, as Lucene counts its clause.
  function docFrequency(found) {
    if (found.length < 2) {
      return found.length ? found[0].rec.df : 0;
    }
    var seen = new Set();
    found.forEach(function (f) { f.postings.docs.forEach(function (d) { seen.add(d); }); });
    return seen.size;
  }

  // A syllable; being typed, its completions, or a typo, the syllables one edit away: one disjunction.
  function syllableClause(fields, t) {
    if (!t.prefix && !t.typo) {
      return folded(fields, t.found[0]);
    }
    return new score.Sum(t.found.map(function (f) { return folded(fields, f); }), true, true);
  }

  // A record in title and body, the title weighing titleWeight times as much, boosted by the found
  // record's weight: a weight of 1 is no boost, so Lucene may merge the two fields into a parent.
  function folded(fields, f) {
    var p = f.postings;
    var parts = [];
    var title = present(p.docs, p.titles);
    var body = present(p.docs, p.freqs);
    if (title.docs.length) {
      parts.push(new score.Term(fields.title, f.rec.titleDf, Math.fround(fields.titleWeight * f.weight),
        title.docs, title.freqs));
    }
    if (body.docs.length) {
      parts.push(new score.Term(fields.body, f.rec.bodyDf, f.weight, body.docs, body.freqs));
    }
    return new score.Sum(parts, f.weight === 1, true);
  }

  // The spelling typed, in title and body, as the exact fields score it, boosted EXACT_BOOST as a whole.
  function exactClause(fields, t) {
    var f = t.found[0];
    var form = f.rec.variants.indexOf(t.exact);
    if (form < 0) {
      return null;
    }
    var p = f.postings;
    var title = { docs: [], freqs: [] };
    var body = { docs: [], freqs: [] };
    for (var i = 0; i < p.docs.length; i++) {
      var counts = format.spelling(p, i, form);
      if (counts && counts[0]) {
        title.docs.push(p.docs[i]);
        title.freqs.push(counts[0]);
      }
      if (counts && counts[1]) {
        body.docs.push(p.docs[i]);
        body.freqs.push(counts[1]);
      }
    }
    var dfs = f.rec.variantDfs[form];
    var parts = [];
    if (title.docs.length) {
      parts.push(new score.Term(fields.title, dfs[0], Math.fround(fields.titleWeight * EXACT_BOOST), title.docs,
        title.freqs));
    }
    if (body.docs.length) {
      parts.push(new score.Term(fields.body, dfs[1], EXACT_BOOST, body.docs, body.freqs));
    }
    return parts.length ? new score.Sum(parts, false, true) : null;
  }

  // A pair, or while typing the pairs completing it, boosted BIGRAM_BOOST.
  function pairClause(fields, p) {
    var terms = p.found.map(function (f) {
      return new score.Term(fields.bigram, f.rec.df, Math.fround(f.weight * BIGRAM_BOOST), f.postings.docs,
        f.postings.freqs);
    });
    return p.prefix ? new score.Sum(terms, false, true) : terms[0];
  }

  // The postings whose count in one field is above 0, with those counts.
  function present(docs, freqs) {
    var out = { docs: [], freqs: [] };
    for (var i = 0; i < docs.length; i++) {
      if (freqs[i] > 0) {
        out.docs.push(docs[i]);
        out.freqs.push(freqs[i]);
      }
    }
    return out;
  }

  return { tokens: tokens, pairs: pairs, clauses: clauses };
});
