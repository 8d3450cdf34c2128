/* Bulletin search: reads the static index under site/search/ (written by vn.bulletin.search.StaticExport).
   A query fetches the manifest, then only the chunks that hold its syllables and bigrams and the items'
   length norms, then the metadata of the results shown. Items are numbered by slot (a hash of their path,
   so an added item leaves the others' numbers alone); the order file gives each slot's place in date order. */
(function (root, factory) {
  "use strict";
  if (typeof module === "object" && module.exports) {
    module.exports = factory(require("./search-analysis.js"));
  } else {
    root.BulletinSearch = factory(root.BulletinAnalysis);
  }
})(typeof self !== "undefined" ? self : this, function (analysis) {
  "use strict";
  var PREFIX_EXPANSIONS = 8;
  // A prefix spanning more chunks than this ("t") is searched as a whole syllable instead.
  var MAX_PREFIX_CHUNKS = 4;
  var MAX_INFLATED = 8 * 1024 * 1024;
  var utf8 = new TextDecoder("utf-8");

  function Reader(bytes, pos) {
    this.bytes = bytes;
    this.pos = pos || 0;
  }
  Reader.prototype.varint = function () {
    var value = 0;
    var scale = 1;
    var b;
    do {
      b = this.bytes[this.pos++];
      value += (b & 0x7f) * scale;
      scale *= 128;
    } while (b & 0x80);
    return value;
  };
  Reader.prototype.string = function () {
    var n = this.varint();
    var s = utf8.decode(this.bytes.subarray(this.pos, this.pos + n));
    this.pos += n;
    return s;
  };

  function inflate(bytes) {
    if (bytes.length < 2 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) {
      return Promise.resolve(bytes); // the host already decoded it
    }
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    return new Response(stream).arrayBuffer().then(function (buffer) {
      if (buffer.byteLength > MAX_INFLATED) {
        throw new Error("search chunk too large");
      }
      return new Uint8Array(buffer);
    });
  }

  /* A chunk: term -> record header; postings are decoded only for the terms a query uses. */
  function parseChunk(bytes) {
    var records = new Map();
    var r = new Reader(bytes);
    while (r.pos < bytes.length) {
      var rec = { term: r.string(), df: r.varint() };
      var flags = bytes[r.pos++];
      rec.truncated = (flags & 1) !== 0;
      // A unigram's title and body count apart, as Lucene gives each field its own idf.
      rec.fields = (flags & 4) !== 0;
      if (rec.fields) {
        rec.titleDf = r.varint();
        rec.bodyDf = r.varint();
      }
      var nv = r.varint();
      rec.variants = [];
      // Per spelling, how many items hold it in the title and in the body: a lone one, where the fold is.
      rec.variantDfs = [];
      for (var i = 0; i < nv; i++) {
        rec.variants.push(r.string());
        rec.variantDfs.push(nv > 1 ? [r.varint(), r.varint()] : [rec.titleDf, rec.bodyDf]);
      }
      rec.count = r.varint();
      if (flags & 2) {
        rec.file = r.string();
      } else {
        var len = r.varint();
        rec.bytes = bytes.subarray(r.pos, r.pos + len);
        r.pos += len;
      }
      records.set(rec.term, rec);
    }
    return records;
  }

  /* Postings: slots ascending and how often each item holds the term, for a unigram in its title
     (`titles`) and its body (`freqs`), for a bigram in all (`freqs`). With several spellings, `first` holds
     the number of the first one each item holds, and `several` the items holding more than one, as
     [spelling, titleFreq, bodyFreq, ...]. */
  function decodePostings(rec, bytes) {
    var n = rec.count;
    var spelled = rec.variants.length > 1;
    var p = { docs: new Int32Array(n), freqs: new Int32Array(n), titles: rec.fields ? new Int32Array(n) : null,
      first: spelled ? new Int32Array(n) : null, several: spelled ? new Map() : null };
    var r = new Reader(bytes);
    var doc = 0;
    for (var i = 0; i < n; i++) {
      doc += r.varint();
      p.docs[i] = doc;
      if (p.titles) {
        p.titles[i] = r.varint();
      }
      p.freqs[i] = r.varint();
      if (spelled) {
        var head = r.varint();
        p.first[i] = head >>> 1;
        if (head & 1) {
          p.several.set(i, spellingList(r, head, p.titles[i], p.freqs[i]));
        }
      }
    }
    return p;
  }

  // The last spelling's counts are what the others leave of the fold's.
  function spellingList(r, head, title, body) {
    var list = [];
    var form = head >>> 1;
    var more = head & 1;
    while (more) {
      var t = r.varint();
      var b = r.varint();
      list.push(form, t, b);
      title -= t;
      body -= b;
      var next = r.varint();
      form += next >>> 1;
      more = next & 1;
    }
    list.push(form, title, body);
    return list;
  }

  /* [titleFreq, bodyFreq] of spelling number `form` in the item of posting i, or null if it lacks it. */
  function spelling(p, i, form) {
    var list = p.several ? p.several.get(i) : null;
    if (!list) {
      return (p.first ? p.first[i] : 0) === form ? [p.titles[i], p.freqs[i]] : null;
    }
    for (var k = 0; k < list.length; k += 3) {
      if (list[k] === form) {
        return [list[k + 1], list[k + 2]];
      }
    }
    return null;
  }

  /* load(path) resolves to the bytes of a file under search/ as the host sends them. */
  function Index(load) {
    this.load = load;
    this.cache = new Map();
    this.manifestPromise = null;
  }

  Index.prototype.manifest = function () {
    if (!this.manifestPromise) {
      this.manifestPromise = this.load("manifest.json").then(function (bytes) {
        return JSON.parse(utf8.decode(bytes));
      });
    }
    return this.manifestPromise;
  };

  Index.prototype.bytes = function (path) {
    if (!this.cache.has(path)) {
      var self = this;
      var p = this.load(path).then(inflate);
      p.catch(function () { self.cache.delete(path); });
      this.cache.set(path, p);
    }
    return this.cache.get(path);
  };

  Index.prototype.chunk = function (dir, name) {
    var key = dir + "/" + name;
    if (!this.cache.has(key)) {
      this.cache.set(key, this.bytes(dir + "/" + name + ".bin").then(parseChunk));
    }
    return this.cache.get(key);
  };

  function chunkIndex(keys, term) {
    var lo = 0;
    var hi = keys.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (keys[mid] <= term) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  function chunkName(m, space, i) {
    return m[space].files.substr(i * m.nameLength, m.nameLength);
  }

  /* Chunk names of a space holding `term`, or every term starting with it when `prefix`. */
  function chunksFor(m, space, term, prefix) {
    var keys = m[space].keys;
    if (!keys.length) {
      return [];
    }
    var first = chunkIndex(keys, term);
    var last = prefix ? chunkIndex(keys, term + "\uffff") : first;
    if (last - first >= MAX_PREFIX_CHUNKS) {
      return null;
    }
    var names = [];
    for (var i = first; i <= last; i++) {
      names.push(chunkName(m, space, i));
    }
    return names;
  }

  var DIR = { unigram: "u", bigram: "b" };

  /* Records of `term` (or its best completions) in one space, each with a weight. */
  Index.prototype.lookup = function (m, space, term, prefix) {
    var self = this;
    var names = chunksFor(m, space, term, prefix);
    if (names === null) {
      return this.lookup(m, space, term, false);
    }
    return Promise.all(names.map(function (n) { return self.chunk(DIR[space], n); })).then(function (chunks) {
      if (!prefix) {
        var rec = chunks.length ? chunks[0].get(term) : undefined;
        return rec ? [{ rec: rec, weight: 1 }] : [];
      }
      return completions(chunks, term);
    });
  };

  // The most frequent completions (a syllable by its larger count of the title's and the body's), as the
  // Lucene engine picks them; a longer one weighs a little less, as it is a guess.
  function completions(chunks, p) {
    var found = [];
    chunks.forEach(function (c) {
      c.forEach(function (rec, term) {
        if (term.startsWith(p)) {
          found.push(rec);
        }
      });
    });
    found.sort(function (a, b) { return fieldDf(b) - fieldDf(a) || (a.term < b.term ? -1 : 1); });
    return found.slice(0, PREFIX_EXPANSIONS).map(function (rec) {
      return { rec: rec, weight: Math.fround(1 / Math.fround(1 + Math.fround(0.25 * (rec.term.length - p.length)))) };
    });
  }

  function fieldDf(rec) {
    return rec.fields ? Math.max(rec.titleDf, rec.bodyDf) : rec.df;
  }

  Index.prototype.postings = function (rec) {
    if (!rec.decoded) {
      var source = rec.file ? this.bytes("t/" + rec.file + ".bin") : Promise.resolve(rec.bytes);
      rec.decoded = source.then(function (bytes) { return decodePostings(rec, bytes); });
    }
    return rec.decoded;
  };

  // Damerau distance at most one, for a syllable the index lacks ("nôn" for "nông" is two letters off).
  function oneEdit(a, b) {
    if (a === b || Math.abs(a.length - b.length) > 1) {
      return a === b;
    }
    var i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) {
      i++;
    }
    if (a.length === b.length) {
      return a.slice(i + 1) === b.slice(i + 1) ||
        (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
    }
    return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
  }

  /* Syllables one edit away from `fold` in the chunk where `fold` would be: a typo costs no extra fetch. */
  Index.prototype.typo = function (m, fold) {
    if (!m.unigram.keys.length) {
      return Promise.resolve([]);
    }
    return this.chunk("u", chunkName(m, "unigram", chunkIndex(m.unigram.keys, fold))).then(function (chunk) {
      var found = [];
      chunk.forEach(function (rec, term) {
        if (term.charAt(0) === fold.charAt(0) && oneEdit(term, fold)) {
          found.push(rec);
        }
      });
      found.sort(function (a, b) { return b.df - a.df || (a.term < b.term ? -1 : 1); });
      return found.slice(0, PREFIX_EXPANSIONS).map(function (rec) { return { rec: rec, weight: 1 }; });
    });
  };

  /* Slots of a category, as a flag per slot. */
  Index.prototype.category = function (m, slug) {
    var entry = m.categories.filter(function (c) { return c[0] === slug; })[0];
    if (!entry) {
      return Promise.resolve(new Uint8Array(m.slots));
    }
    return this.bytes("c/" + entry[2] + ".bin").then(function (bytes) {
      var flags = new Uint8Array(m.slots);
      var r = new Reader(bytes);
      var doc = 0;
      while (r.pos < bytes.length) {
        doc += r.varint();
        flags[doc] = 1;
      }
      return flags;
    });
  };

  /* Each slot's place in date order: 1 for the oldest item, 0 for an empty slot. */
  Index.prototype.order = function (m) {
    if (!this.orderPromise) {
      this.orderPromise = this.bytes("o/" + m.order + ".bin").then(function (bytes) {
        var order = new Uint32Array(m.slots);
        var r = new Reader(bytes);
        for (var s = 0; s < m.slots; s++) {
          order[s] = r.varint();
        }
        return order;
      });
    }
    return this.orderPromise;
  };

  /* Each slot's length norms as Lucene keeps them, a byte per field: {title, body, bigram}. */
  Index.prototype.norms = function (m) {
    if (!this.normsPromise) {
      this.normsPromise = this.bytes("n/" + m.norms + ".bin").then(function (bytes) {
        return { title: bytes.subarray(0, m.slots), body: bytes.subarray(m.slots, 2 * m.slots),
          bigram: bytes.subarray(2 * m.slots, 3 * m.slots) };
      });
    }
    return this.normsPromise;
  };

  /* Result rows [path, title, dateLine, isoDate, categorySlug, snippet] of slots, in their order. */
  Index.prototype.rows = function (ids) {
    var self = this;
    return this.manifest().then(function (m) {
      return Promise.all(ids.map(function (id) {
        var g = Math.floor(id / m.group);
        var key = "m/" + g;
        if (!self.cache.has(key)) {
          var name = m.meta.substr(g * m.nameLength, m.nameLength);
          self.cache.set(key, self.bytes("m/" + name + ".bin").then(function (b) { return JSON.parse(utf8.decode(b)); }));
        }
        return self.cache.get(key).then(function (rows) { return rows[id - g * m.group]; });
      }));
    });
  };

  return { Index: Index, spelling: spelling, oneEdit: oneEdit };
});
