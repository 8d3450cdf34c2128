/* Bulletin search: scores clauses to the bit as the Lucene engine (vn.bulletin.search.SearchEngine) does.
   A term in a field scores BM25 in float32 (k1 1.2, b 0.75, the item's length read from its one-byte norm,
   idf in double then float). A boolean clause sums its matching parts exactly and rounds the sum to
   float32 once, as Lucene's boolean scorers add in double and return a float; a plain disjunction without a
   boost of its own is summed with the disjunction it stands in, as Lucene's query rewriting merges it. */
(function (root, factory) {
  "use strict";
  if (typeof module === "object" && module.exports) {
    module.exports = factory();
  } else {
    root.BulletinScore = factory();
  }
})(typeof self !== "undefined" ? self : this, function () {
  "use strict";
  var f = Math.fround;
  var K1 = f(1.2);
  var B = f(0.75);

  // The length a one-byte norm stands for: exact below 24, then four significant bits.
  function normLength(code) {
    if (code < 24) {
      return code;
    }
    var shift = ((code - 24) >>> 3) - 1;
    var bits = (code - 24) & 7;
    return 24 + (shift < 0 ? bits : (bits | 8) * Math.pow(2, shift));
  }

  /* One field's statistics: per norm byte, 1 / (k1 (1 - b + b length / average length)) in float32. */
  function Field(docs, tokens, norms) {
    this.docs = docs;
    this.norms = norms;
    this.inverse = new Float64Array(256);
    var average = f(tokens / docs);
    for (var i = 0; i < 256; i++) {
      this.inverse[i] = f(1 / f(K1 * f(f(1 - B) + f(f(B * f(normLength(i))) / average))));
    }
  }

  function idf(df, docs) {
    return f(Math.log(1 + (docs - df + 0.5) / (df + 0.5)));
  }

  /* One term in one field: the slots holding it, how often each does, and the boost its clauses give it. */
  function Term(field, df, boost, docs, freqs) {
    this.field = field;
    this.weight = f(f(boost) * idf(df, field.docs));
    this.docs = docs;
    this.freqs = freqs;
  }

  Term.prototype.scores = function () {
    var values = new Float64Array(this.docs.length);
    var w = this.weight;
    for (var i = 0; i < this.docs.length; i++) {
      var inverseNorm = this.field.inverse[this.field.norms[this.docs[i]]];
      values[i] = f(w - f(w / f(1 + f(this.freqs[i] * inverseNorm))));
    }
    return { docs: this.docs, values: values };
  };

  /* A boolean clause. `open`: a plain disjunction without a boost of its own, which an enclosing sum that
     `merges` (a disjunction, or a minimum to match of one at most) takes apart into its own parts. */
  function Sum(parts, open, merges) {
    this.parts = parts;
    this.open = open;
    this.merges = merges;
  }

  // The parts Lucene adds at this clause once the nested disjunctions are merged into it.
  function partsOf(sum) {
    var out = [];
    sum.parts.forEach(function (p) {
      if (sum.merges && p instanceof Sum && p.open) {
        out.push.apply(out, partsOf(p));
      } else {
        out.push(p);
      }
    });
    return out;
  }

  /* Every term of a clause, once its sums are opened up. */
  function termsOf(clause) {
    if (clause instanceof Term) {
      return [clause];
    }
    return [].concat.apply([], clause.parts.map(termsOf));
  }

  // A sum per nesting depth, kept between clauses: a term's score is above 0, so 0 marks an untouched slot.
  function Accumulator(slots) {
    this.sums = new Float64Array(slots);
    this.docs = [];
  }

  Accumulator.prototype.add = function (scored) {
    for (var i = 0; i < scored.docs.length; i++) {
      var d = scored.docs[i];
      if (this.sums[d] === 0) {
        this.docs.push(d);
      }
      this.sums[d] += scored.values[i];
    }
  };

  Accumulator.prototype.take = function () {
    var docs = Int32Array.from(this.docs);
    var values = new Float64Array(docs.length);
    for (var i = 0; i < docs.length; i++) {
      values[i] = f(this.sums[docs[i]]);
      this.sums[docs[i]] = 0;
    }
    this.docs = [];
    return { docs: docs, values: values };
  };

  function Scorer(slots) {
    this.slots = slots;
    this.levels = [];
  }

  /* {docs, values}: the slots a clause matches and their scores, float32 values in a Float64Array. */
  Scorer.prototype.scores = function (clause, depth) {
    if (clause instanceof Term) {
      return clause.scores();
    }
    var level = depth || 0;
    var sum = this.levels[level] || (this.levels[level] = new Accumulator(this.slots));
    var self = this;
    partsOf(clause).forEach(function (part) {
      sum.add(self.scores(part, level + 1));
    });
    return sum.take();
  };

  /* A required and an optional score added as Lucene adds them: in float32. */
  function plus(a, b) {
    return f(a + b);
  }

  return { Field: Field, Term: Term, Sum: Sum, Scorer: Scorer, termsOf: termsOf, plus: plus, idf: idf,
    normLength: normLength };
});
