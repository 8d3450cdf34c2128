/* Bulletin search: ranks a query over the static index with the rules of vn.bulletin.search.QueryPlan:
   every syllable required except very common (soft) ones, a bonus for the exact spelling only when it was
   typed with diacritics, a bonus for adjacent syllables (bigrams), fewer required syllables when nothing
   matches them all. */
(function (root, factory) {
  "use strict";
  if (typeof module === "object" && module.exports) {
    module.exports = factory(require("./search-analysis.js"), require("./search-index.js"));
  } else {
    root.BulletinRank = factory(root.BulletinAnalysis, root.BulletinSearch);
  }
})(typeof self !== "undefined" ? self : this, function (analysis, format) {
  "use strict";
  var BIGRAM_BOOST = 1.5;
  var EXACT_BOOST = 0.5;
  var MAX_SYLLABLES = 32;
  var MAX_BIGRAMS = 12;
  var SUGGEST_FROM = 10;
  // Shorter syllables are not retried one edit away: "x" would find every "xã".
  var TYPO_MIN_LENGTH = 3;

  function tokensOf(syllables, prefix) {
    var last = syllables[syllables.length - 1].fold;
    var byFold = new Map();
    syllables.forEach(function (s) {
      if (!byFold.has(s.fold)) {
        byFold.set(s.fold, { fold: s.fold, exact: s.exact, accented: s.exact !== s.fold,
          prefix: prefix && s.fold === last, found: [], bit: 0 });
      }
    });
    return Array.from(byFold.values());
  }

  function pairsOf(syllables, prefix) {
    var pairs = [];
    for (var i = 1; i < syllables.length && pairs.length < MAX_BIGRAMS; i++) {
      if (!syllables[i].afterBreak) {
        pairs.push({ key: syllables[i - 1].fold + " " + syllables[i].fold, prefix: prefix && i === syllables.length - 1 });
      }
    }
    return pairs;
  }

  /* Resolves to {total, ids (all matches, ranked), terms, prefixes, suggestions}. */
  function search(index, text, options) {
    var opts = options || {};
    return index.manifest().then(function (m) {
      var syllables = analysis.syllables(text).slice(0, MAX_SYLLABLES);
      if (!syllables.length || !m.docs) {
        return { total: 0, ids: [], terms: [], prefixes: [], suggestions: [] };
      }
      var tokens = tokensOf(syllables, !!opts.prefix);
      var pairs = pairsOf(syllables, !!opts.prefix);
      return Promise.all([
        Promise.all(tokens.map(function (t) {
          return index.lookup(m, "unigram", t.fold, t.prefix).then(function (found) {
            t.typo = !found.length && !t.prefix && t.fold.length >= TYPO_MIN_LENGTH;
            return t.typo ? index.typo(m, t.fold) : found;
          });
        })),
        Promise.all(pairs.map(function (p) { return index.lookup(m, "bigram", p.key, p.prefix); })),
        opts.category ? index.category(m, opts.category) : Promise.resolve(null)
      ]).then(function (r) {
        tokens.forEach(function (t, i) { t.found = r[0][i]; });
        pairs.forEach(function (p, i) { p.found = r[1][i]; });
        var bigrams = [].concat.apply([], r[1]);
        var all = [].concat.apply(bigrams, tokens.map(function (t) { return t.found; }));
        return Promise.all(all.map(function (f) {
          return index.postings(f.rec).then(function (p) { f.postings = p; });
        })).then(function () {
          var result = rank(m, tokens, pairs, bigrams, r[2]);
          // Date order (a file with every slot's place) is fetched only to sort by it or to break ties.
          var ordered = !opts.byDate && !result.ties ? Promise.resolve(result) : index.order(m).then(function (order) {
            var score = result.score;
            result.ids.sort(opts.byDate ? function (a, b) { return order[b] - order[a]; }
              : function (a, b) { return score[b] - score[a] || order[b] - order[a]; });
            return result;
          });
          return ordered.then(function () {
            result.suggestions = suggestions(m, syllables, tokens, pairs, r[1], result.ids);
            return result;
          });
        });
      });
    });
  }

  function rank(m, tokens, pairs, bigrams, filter) {
    var score = new Float64Array(m.slots);
    var matched = new Uint32Array(m.slots);
    var required = requiredClauses(m, tokens, pairs);
    tokens.forEach(function (t) { addToken(m, t, score, matched); });
    pairs.forEach(function (p) {
      p.found.forEach(function (f) {
        addPostings(f, format.idf(f.rec.df, m.fields.bigram) * m.bigram.scale / 255 * f.weight * BIGRAM_BOOST, 0,
          score, null, p.bit, matched);
      });
    });
    var ids = candidates(m.slots, required.length, score, matched, filter);
    ids.sort(function (a, b) { return score[b] - score[a]; });
    var ties = false;
    for (var i = 1; i < ids.length && !ties; i++) {
      ties = score[ids[i]] === score[ids[i - 1]];
    }
    // With equal scores the newer item goes first, as in the Lucene engine: search() then sorts by date order.
    return {
      total: ids.length, ids: ids, score: score, ties: ties,
      terms: tokens.filter(function (t) { return !t.prefix; }).map(function (t) { return t.fold; })
        .concat(typoTerms(tokens)),
      prefixes: tokens.filter(function (t) { return t.prefix; }).map(function (t) { return t.fold; }),
      spellings: spellingsOf(tokens)
    };
  }

  // Soft syllables (in more than m.soft of the items) are optional. When every syllable is soft, the
  // pairs that are not soft are required instead (their postings are whole), else all syllables.
  function requiredClauses(m, tokens, pairs) {
    var limit = m.docs * m.soft;
    var found = tokens.filter(function (t) { return t.found.length; });
    var required = found.filter(function (t) { return maxDf(t) <= limit; });
    if (!required.length) {
      required = pairs.filter(function (p) { return !p.prefix && p.found.length && maxDf(p) <= limit; });
    }
    if (!required.length) {
      required = found;
    }
    tokens.concat(pairs).forEach(function (c) { c.bit = 0; });
    required.forEach(function (c, i) { c.bit = (1 << i) >>> 0; });
    return required;
  }

  function maxDf(t) {
    return t.found.reduce(function (df, f) { return Math.max(df, f.rec.df); }, 0);
  }

  function addToken(m, t, score, matched) {
    t.found.forEach(function (f) {
      var exactIndex = t.accented && !t.prefix && !t.typo ? f.rec.variants.indexOf(t.exact) : -1;
      // BM25 per field, as the Lucene query sums a title clause (weighed titleWeight times) and a body clause.
      var unit = m.unigram.scale / 255 * f.weight;
      var body = format.idf(f.rec.bodyDf, m.fields.body) * unit;
      var title = format.idf(f.rec.titleDf, m.fields.title) * unit * m.fields.titleWeight;
      addPostings(f, body, title, score, exactIndex >= 0 ? { index: exactIndex } : null, t.bit, matched);
    });
  }

  function addPostings(f, base, titleBase, score, exact, bit, matched) {
    var p = f.postings;
    for (var i = 0; i < p.docs.length; i++) {
      var d = p.docs[i];
      var s = base * p.impacts[i] + (p.titles ? titleBase * p.titles[i] : 0);
      score[d] += s;
      if (exact && (p.masks ? (p.masks[i] >> exact.index) & 1 : exact.index === 0)) {
        score[d] += EXACT_BOOST * s;
      }
      if (bit > 0) {
        matched[d] = (matched[d] | bit) >>> 0;
      }
    }
  }

  function bits(x) {
    var c = 0;
    for (var v = x; v; v = (v & (v - 1)) >>> 0) {
      c++;
    }
    return c;
  }

  // All required syllables first; if nothing matches, one fewer at a time.
  function candidates(slots, required, score, matched, filter) {
    for (var minimum = required; minimum >= 1; minimum--) {
      var ids = [];
      for (var d = 0; d < slots; d++) {
        if (bits(matched[d]) >= minimum && (!filter || filter[d])) {
          ids.push(d);
        }
      }
      if (ids.length) {
        return ids;
      }
    }
    return [];
  }

  // By fold, the spelling of each word typed with diacritics: it is the one highlighted where it occurs.
  function spellingsOf(tokens) {
    var out = {};
    tokens.forEach(function (t) {
      if (t.accented && !t.prefix && !t.typo) {
        out[t.fold] = t.exact;
      }
    });
    return out;
  }

  /* The syllables of a result's texts to highlight, as [[start, end], ...] per text (offsets in the
     normalized text). A word typed with diacritics marks only its own spelling when that spelling
     occurs in the result's texts ("Đa" marks "đa", not "đã"); otherwise every spelling of its fold. */
  function highlights(texts, result) {
    var spellings = result.spellings || {};
    var lists = texts.map(function (text) { return analysis.syllables(text); });
    var present = {};
    lists.forEach(function (list) {
      list.forEach(function (s) {
        if (spellings[s.fold] === s.exact) {
          present[s.fold] = true;
        }
      });
    });
    return lists.map(function (list) {
      return list.filter(function (s) {
        if (result.prefixes.some(function (p) { return s.fold.indexOf(p) === 0; })) {
          return true;
        }
        return result.terms.indexOf(s.fold) >= 0 && (!present[s.fold] || spellings[s.fold] === s.exact);
      }).map(function (s) { return [s.start, s.end]; });
    });
  }

  function typoTerms(tokens) {
    var out = [];
    tokens.forEach(function (t) {
      if (t.typo) {
        t.found.forEach(function (f) { out.push(f.rec.term); });
      }
    });
    return out;
  }

  function variantIn(f, doc) {
    var v = f.rec.variants;
    if (v.length < 2) {
      return v.length ? v[0] : null;
    }
    var p = f.postings;
    var lo = 0;
    var hi = p.docs.length - 1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (p.docs[mid] === doc) {
        var mask = p.masks[mid];
        for (var b = 0; b < v.length; b++) {
          if ((mask >> b) & 1) {
            return v[b];
          }
        }
        return null;
      }
      if (p.docs[mid] < doc) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return null;
  }

  /* For a query typed without diacritics: the spellings the best results use, when they differ
     ("lua" → "lúa", "lửa", "lừa"). Of several syllables, only results where they stand together count,
     and a spelling must come back twice. */
  function suggestions(m, syllables, tokens, pairs, pairFound, ids) {
    if (tokens.some(function (t) { return t.accented || t.prefix || t.found.length !== 1; }) ||
        pairFound.some(function (f) { return f.length !== 1; })) {
      return [];
    }
    var together = new Uint8Array(m.slots);
    pairFound.forEach(function (f) {
      f[0].postings.docs.forEach(function (d) { together[d]++; });
    });
    var byFold = new Map(tokens.map(function (t) { return [t.fold, t.found[0]]; }));
    var counts = new Map();
    ids.slice(0, SUGGEST_FROM).filter(function (d) { return together[d] === pairs.length; }).forEach(function (doc) {
      var words = syllables.map(function (s) { return variantIn(byFold.get(s.fold), doc); });
      if (words.indexOf(null) < 0) {
        var text = words.join(" ");
        counts.set(text, (counts.get(text) || 0) + 1);
      }
    });
    var minimum = syllables.length > 1 ? 2 : 1;
    var kept = Array.from(counts.keys()).filter(function (w) { return counts.get(w) >= minimum; });
    if (counts.size < 2 || !kept.length) {
      return [];
    }
    return kept.sort(function (a, b) { return counts.get(b) - counts.get(a); }).slice(0, 3);
  }

  return { search: search, highlights: highlights };
});
