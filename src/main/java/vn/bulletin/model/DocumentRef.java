package vn.bulletin.model;

/**
 * A document's number and symbol as one file writes it: the document's own, one it replaces, or one
 * a news item cites.
 *
 * @param number as written, e.g. {@code 417-TB/TU}
 * @param lineNumber 1-based line of the file it is written on
 * @param columnNumber 1-based column of the value on that line, 0 when unknown
 */
public record DocumentRef(String number, int lineNumber, int columnNumber) {
  /**
   * The form two spellings of one number share: upper case, with every run of spaces, hyphens,
   * slashes and dots as one separator. "417-TB/TU" and "417 tb tu" are the same document; the
   * separators still keep "4-17" apart from "41-7".
   */
  public static String key(String number) {
    return number.strip().toUpperCase(java.util.Locale.ROOT).replaceAll("[\\s\\-/.–]+", "-");
  }

  public String key() {
    return key(number);
  }
}
