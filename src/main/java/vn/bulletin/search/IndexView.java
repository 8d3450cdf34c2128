package vn.bulletin.search;

/** The three views a field is indexed in. */
enum IndexView {
  /** Lower case, canonical tone placement: "hòa". */
  EXACT,
  /** No marks, đ as d: "hoa". */
  FOLD,
  /** Adjacent folded syllables of one sentence: "hoa binh". */
  BIGRAM
}
