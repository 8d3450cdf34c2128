package vn.bulletin.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The character rules of the analysis, mirrored line for line by {@code assets/search-analysis.js}:
 * the test vectors in {@code src/test/resources/search/analysis-vectors.json} hold both to the same
 * output.
 */
public final class VietnameseText {
  // Invisible joiners and soft hyphens that editors paste from Word; they must not split a
  // syllable.
  private static final Pattern IGNORABLE = Pattern.compile("[\\u00AD\\u200C\\u200D\\u2060\\uFEFF]");
  // The old-style tone placement (hòa, khỏe, thủy) is the canonical one for open oa, oe and uy.
  private static final String[][] TONE_PLACEMENT = {
    {"oà", "òa"}, {"oá", "óa"}, {"oả", "ỏa"}, {"oã", "õa"}, {"oạ", "ọa"},
    {"oè", "òe"}, {"oé", "óe"}, {"oẻ", "ỏe"}, {"oẽ", "õe"}, {"oẹ", "ọe"},
    {"uỳ", "ùy"}, {"uý", "úy"}, {"uỷ", "ủy"}, {"uỹ", "ũy"}, {"uỵ", "ụy"}
  };

  private VietnameseText() {}

  /** NFC, no invisible joiners, and the look-alike eth (Ð, ð) read as Đ, đ. */
  public static String normalize(String text) {
    String visible = hasIgnorable(text) ? IGNORABLE.matcher(text).replaceAll("") : text;
    String nfc =
        plainlyComposed(visible) || Normalizer.isNormalized(visible, Normalizer.Form.NFC)
            ? visible
            : Normalizer.normalize(visible, Normalizer.Form.NFC);
    return nfc.indexOf('\u00D0') < 0 && nfc.indexOf('\u00F0') < 0
        ? nfc
        : nfc.replace('\u00D0', '\u0110').replace('\u00F0', '\u0111');
  }

  // Text made only of characters below the combining marks (U+0300) and of precomposed Latin
  // letters
  // (U+1E00 to U+1EFF) is in NFC as it stands: nothing in it decomposes or composes. Most
  // Vietnamese text is; the full check runs on the rest.
  private static boolean plainlyComposed(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x300 && (c < 0x1E00 || c > 0x1EFF)) {
        return false;
      }
    }
    return true;
  }

  // The characters of IGNORABLE, looked for without the regex: most texts hold none.
  private static boolean hasIgnorable(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u00AD' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF') {
        return true;
      }
    }
    return false;
  }

  /** The exact view of a syllable: lower case with one tone placement ("Hoà" → "hòa"). */
  public static String exact(String syllable) {
    String lower = syllable.toLowerCase(Locale.ROOT);
    for (String[] pair : TONE_PLACEMENT) {
      // After "q" the u belongs to the onset (quý, quỳ): the tone sits on y in both conventions.
      if (lower.endsWith(pair[0]) && !lower.endsWith("q" + pair[0])) {
        return lower.substring(0, lower.length() - 2) + pair[1];
      }
    }
    return lower;
  }

  /** The folded view: no marks, đ as d, lower case ("Đường" → "duong"). */
  public static String fold(String syllable) {
    if (isAscii(syllable)) {
      return syllable.toLowerCase(Locale.ROOT);
    }
    // The loop is what "NFD, remove \\p{M}, [đĐðÐ] → d, lower case" does, without two regex passes.
    String nfd = Normalizer.normalize(syllable, Normalizer.Form.NFD);
    StringBuilder bare = new StringBuilder(nfd.length());
    nfd.codePoints()
        .forEach(
            c -> {
              int type = Character.getType(c);
              if (type == Character.NON_SPACING_MARK
                  || type == Character.ENCLOSING_MARK
                  || type == Character.COMBINING_SPACING_MARK) {
                return;
              }
              bare.appendCodePoint(c == 'đ' || c == 'Đ' || c == 'ð' || c == 'Ð' ? 'd' : c);
            });
    return bare.toString().toLowerCase(Locale.ROOT);
  }

  // Most syllables of numbers, codes and loanwords: nothing to decompose.
  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
