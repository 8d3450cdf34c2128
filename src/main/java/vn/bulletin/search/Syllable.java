package vn.bulletin.search;

/**
 * One token of normalized text.
 *
 * @param text the syllable as written (after {@link VietnameseText#normalize})
 * @param exact lower case, canonical tone placement
 * @param fold without marks, đ as d
 * @param start offset of the first char in the normalized text
 * @param end offset after the last char
 * @param afterBreak whether a sentence break separates it from the previous syllable (no bigram
 *     across it)
 */
public record Syllable(
    String text, String exact, String fold, int start, int end, boolean afterBreak) {
  /** Whether it was typed with diacritics (or đ): only those earn the exact-spelling bonus. */
  public boolean accented() {
    return !exact.equals(fold);
  }
}
