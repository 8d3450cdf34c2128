/* Bulletin search: the Vietnamese analysis, the same rules as vn.bulletin.search.VietnameseText and
   Syllables in Java. src/test/resources/search/analysis-vectors.json holds both to the same output. */
(function (root, factory) {
  "use strict";
  if (typeof module === "object" && module.exports) {
    module.exports = factory();
  } else {
    root.BulletinAnalysis = factory();
  }
})(typeof self !== "undefined" ? self : this, function () {
  "use strict";
  // Invisible joiners and soft hyphens pasted from Word must not split a syllable.
  var IGNORABLE = /[\u00AD\u200C\u200D\u2060\uFEFF]/g;
  var MARKS = /\p{M}+/gu;
  var STROKED_D = /[đĐðÐ]/g;
  var TOKEN = /[\p{L}\p{M}\p{Nd}]+/gu;
  // A sentence ends at a line break, ! ? ; … or a . or : followed by space (1.500.000 stays a sequence).
  var BREAK = /[\n\r\u2028\u2029!?;\u2026]|[.:][\p{Pe}\p{Pf}"']*[\t\u000B\f \p{Zs}]/u;
  // The old-style tone placement (hòa, khỏe, thủy) is the canonical one for open oa, oe and uy.
  var TONE_PLACEMENT = [
    ["oà", "òa"], ["oá", "óa"], ["oả", "ỏa"], ["oã", "õa"], ["oạ", "ọa"],
    ["oè", "òe"], ["oé", "óe"], ["oẻ", "ỏe"], ["oẽ", "õe"], ["oẹ", "ọe"],
    ["uỳ", "ùy"], ["uý", "úy"], ["uỷ", "ủy"], ["uỹ", "ũy"], ["uỵ", "ụy"]];

  function normalize(text) {
    return text.replace(IGNORABLE, "").normalize("NFC").replace(/\u00D0/g, "\u0110").replace(/\u00F0/g, "\u0111");
  }

  function exact(syllable) {
    var lower = syllable.toLowerCase();
    for (var i = 0; i < TONE_PLACEMENT.length; i++) {
      var pair = TONE_PLACEMENT[i];
      // After "q" the u belongs to the onset (quý, quỳ): the tone sits on y in both conventions.
      if (lower.endsWith(pair[0]) && !lower.endsWith("q" + pair[0])) {
        return lower.slice(0, lower.length - 2) + pair[1];
      }
    }
    return lower;
  }

  function fold(syllable) {
    return syllable.normalize("NFD").replace(MARKS, "").replace(STROKED_D, "d").toLowerCase();
  }

  function isBreak(text, from, to) {
    return !(to - from === 1 && text.charAt(from) === " ") && BREAK.test(text.slice(from, to));
  }

  /* [{text, exact, fold, start, end, afterBreak}], offsets in UTF-16 units of the normalized text. */
  function syllables(text) {
    var normalized = normalize(text);
    var out = [];
    var previousEnd = 0;
    TOKEN.lastIndex = 0;
    var m;
    while ((m = TOKEN.exec(normalized)) !== null) {
      var word = m[0];
      var ex = exact(word);
      out.push({
        text: word, exact: ex, fold: fold(ex), start: m.index, end: m.index + word.length,
        afterBreak: out.length > 0 && isBreak(normalized, previousEnd, m.index)
      });
      previousEnd = m.index + word.length;
    }
    return out;
  }

  function bigrams(list) {
    var out = [];
    for (var i = 1; i < list.length; i++) {
      if (!list[i].afterBreak) {
        out.push(list[i - 1].fold + " " + list[i].fold);
      }
    }
    return out;
  }

  return { normalize: normalize, exact: exact, fold: fold, syllables: syllables, bigrams: bigrams };
});
