package vn.bulletin.check;

import java.util.Optional;
import vn.bulletin.content.SourceFile;
import vn.bulletin.diagnostic.Diagnostic;

/**
 * Spots Vietnamese typed in the old 8-bit font encodings (TCVN3/ABC with .VnTime, VNI with
 * VNI-Times) and pasted as Unicode: "Cộng hòa" arrives as "Céng hoµ" or "Coäng hoøa". Both put
 * Latin-1 signs and letters that Vietnamese never uses (µ « ¸ ® ­ ä ø û ï ñ ö …) inside words of
 * ASCII letters. One such word can be a foreign name (Müller); a file is flagged from {@value
 * #MIN_WORDS} of them on.
 */
public final class LegacyEncodingDetector {
  public static final int MIN_WORDS = 3;

  /** Latin-1 letters that Vietnamese itself uses, so they are never evidence. */
  private static final String VIETNAMESE_LATIN1 = "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý";

  /** Signs that stand between numbers or words in ordinary text (30°C, 3×4). */
  private static final String ORDINARY_SIGNS = "°×÷";

  private static final String QUOTES = "«»";

  Optional<Diagnostic> find(SourceFile source) {
    int count = 0;
    Diagnostic first = null;
    int lineCount = source.lines().size();
    for (int i = 1; i <= lineCount; i++) {
      String line = source.line(i);
      int start = 0;
      while (start < line.length()) {
        int end = start;
        while (end < line.length() && isWordChar(line.charAt(end))) {
          end++;
        }
        if (end > start && isSuspicious(trimQuotes(line.substring(start, end)))) {
          count++;
          if (first == null) {
            first = at(source, i, line, start, line.substring(start, end));
          }
        }
        start = end + 1;
      }
    }
    return count >= MIN_WORDS ? Optional.of(first) : Optional.empty();
  }

  private static Diagnostic at(
      SourceFile source, int lineNumber, String line, int start, String word) {
    return Diagnostic.warning(
            source.path(),
            "text looks like an old Vietnamese font encoding (TCVN3 or VNI): \"" + word + "\"")
        .at(
            lineNumber,
            line.codePointCount(0, start) + 1,
            word.codePointCount(0, word.length()),
            line)
        .withHint(
            "it was pasted from a document in .VnTime or VNI-Times; convert it to Unicode"
                + " (UniKey: Công cụ chuyển mã) or retype it");
  }

  /**
   * Whether a word mixes ASCII letters with the Latin-1 signs that only the old encodings put
   * there.
   */
  public static boolean isSuspicious(String word) {
    boolean marker = false;
    boolean ascii = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      marker |= isMarker(c);
      ascii |= c < 128 && Character.isLetter(c);
    }
    return marker && ascii;
  }

  static boolean isMarker(char c) {
    return c >= '\u00A1'
        && c <= '\u00FF'
        && VIETNAMESE_LATIN1.indexOf(c) < 0
        && ORDINARY_SIGNS.indexOf(c) < 0;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetter(c) || isMarker(c);
  }

  // Guillemets quote words ("«Hàm Cần»"); only inside a word do they stand for TCVN3's ô.
  private static String trimQuotes(String word) {
    int start = 0;
    int end = word.length();
    while (start < end && QUOTES.indexOf(word.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && QUOTES.indexOf(word.charAt(end - 1)) >= 0) {
      end--;
    }
    return word.substring(start, end);
  }
}
