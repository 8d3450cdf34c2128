/* Bulletin search: answers a query over the static index as the Lucene engine does. It fetches what the
   query's clauses (search-plan.js) need, keeps the items matching all the required ones (fewer when nothing
   matches them all), scores them as Lucene does (search-score.js) and ranks them, ties newest first; then
   marks the words found in a result and suggests spellings for a query typed without diacritics. */
(function (root, factory) {
  "use strict";
  if (typeof module === "object" && module.exports) {
    module.exports = factory(require("./search-analysis.js"), require("./search-plan.js"),
      require("./search-score.js"));
  } else {
    root.BulletinRank = factory(root.BulletinAnalysis, root.BulletinPlan, root.BulletinScore);
  }
})(typeof self !== "undefined" ? self : this, function (analysis, queryPlan, score) {
  "use strict";
  var MAX_SYLLABLES = 32;
  var SUGGEST_FROM = 10;
  // Shorter syllables are not retried one edit away: "x" would find every "xã".
  var TYPO_MIN_LENGTH = 3;

  /* Resolves to {total, ids (all matches, ranked), terms, prefixes, suggestions}. */
  function search(index, text, options) {
    var opts = options || {};
    return index.manifest().then(function (m) {
      var syllables = analysis.syllables(text).slice(0, MAX_SYLLABLES);
      if (!syllables.length || !m.docs) {
        return { total: 0, ids: [], terms: [], prefixes: [], suggestions: [] };
      }
      var tokens = queryPlan.tokens(syllables, !!opts.prefix);
      var pairs = queryPlan.pairs(syllables, !!opts.prefix);
      return Promise.all([
        Promise.all(tokens.map(function (t) {
          return index.lookup(m, "unigram", t.fold, t.prefix).then(function (found) {
            t.typo = !found.length && !t.prefix && t.fold.length >= TYPO_MIN_LENGTH;
            return t.typo ? index.typo(m, t.fold) : found;
          });
        })),
        Promise.all(pairs.map(function (p) { return index.lookup(m, "bigram", p.key, p.prefix); })),
        opts.category ? index.category(m, opts.category) : Promise.resolve(null),
        index.norms(m)
      ]).then(function (r) {
        tokens.forEach(function (t, i) { t.found = r[0][i]; });
        pairs.forEach(function (p, i) { p.found = r[1][i]; });
        var bigrams = [].concat.apply([], r[1]);
        var all = [].concat.apply(bigrams, tokens.map(function (t) { return t.found; }));
        return Promise.all(all.map(function (f) {
          return index.postings(f.rec).then(function (p) { f.postings = p; });
        })).then(function () {
          var result = rank(m, r[3], tokens, pairs, r[2]);
          // Date order (a file with every slot's place) is fetched only to sort by it or to break ties.
          var ordered = !opts.byDate && !result.ties ? Promise.resolve(result) : index.order(m).then(function (order) {
            var totals = result.score;
            result.ids.sort(opts.byDate ? function (a, b) { return order[b] - order[a]; }
              : function (a, b) { return totals[b] - totals[a] || order[b] - order[a]; });
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

  function rank(m, norms, tokens, pairs, filter) {
    var plan = queryPlan.clauses(m, norms, tokens, pairs);
    var found = candidates(m.slots, plan.required, filter);
    var total = scores(m.slots, plan, found.minimum);
    var ids = found.ids;
    ids.sort(function (a, b) { return total[b] - total[a]; });
    var ties = false;
    for (var i = 1; i < ids.length && !ties; i++) {
      ties = total[ids[i]] === total[ids[i - 1]];
    }
    // With equal scores the newer item goes first, as in the Lucene engine: search() then sorts by date order.
    return {
      total: ids.length, ids: ids, score: total, ties: ties,
      terms: tokens.filter(function (t) { return !t.prefix; }).map(function (t) { return t.fold; })
        .concat(typoTerms(tokens)),
      prefixes: tokens.filter(function (t) { return t.prefix; }).map(function (t) { return t.fold; }),
      spellings: spellingsOf(tokens)
    };
  }

  function bits(x) {
    var c = 0;
    for (var v = x; v; v = (v & (v - 1)) >>> 0) {
      c++;
    }
    return c;
  }

  // All required clauses first; if nothing matches, one fewer at a time.
  function candidates(slots, required, filter) {
    var matched = new Uint32Array(slots);
    required.forEach(function (clause, i) {
      var bit = (1 << i) >>> 0;
      score.termsOf(clause).forEach(function (term) {
        term.docs.forEach(function (d) { matched[d] = (matched[d] | bit) >>> 0; });
      });
    });
    for (var minimum = required.length; minimum >= 1; minimum--) {
      var ids = [];
      for (var d = 0; d < slots; d++) {
        if (bits(matched[d]) >= minimum && (!filter || filter[d])) {
          ids.push(d);
        }
      }
      if (ids.length) {
        return { ids: ids, minimum: minimum };
      }
    }
    return { ids: [], minimum: 0 };
  }

  // By slot, the required clauses' sum (with a minimum of one to match, Lucene merges their fields into
  // it), plus the optional clauses' sum where any matches.
  function scores(slots, plan, minimum) {
    var total = new Float64Array(slots);
    if (!plan.required.length) {
      return total;
    }
    var scorer = new score.Scorer(slots);
    var core = scorer.scores(new score.Sum(plan.required, false, minimum <= 1));
    for (var i = 0; i < core.docs.length; i++) {
      total[core.docs[i]] = core.values[i];
    }
    if (plan.optional.length) {
      var extra = scorer.scores(new score.Sum(plan.optional, false, true));
      for (var j = 0; j < extra.docs.length; j++) {
        var d = extra.docs[j];
        if (total[d] > 0) {
          total[d] = score.plus(total[d], extra.values[j]);
        }
      }
    }
    return total;
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
        return v[p.first[mid]];
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
