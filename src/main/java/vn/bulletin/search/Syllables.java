package vn.bulletin.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into syllables: runs of letters, marks and decimal digits. The browser does the same
 * with {@code /[\p{L}\p{M}\p{Nd}]+/gu}, which UAX #29 word breaking could not promise.
 */
public final class Syllables {
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{Nd}]+");
  // A sentence ends at a line break, ! ? ; … or a . or : followed by space (so 1.500.000 and
  // hamcan.gov.vn stay one sequence); closing quotes and brackets may stand between.
  private static final Pattern BREAK = Pattern.compile(
      "[\\n\\r\\u2028\\u2029!?;\\u2026]|[.:][\\p{Pe}\\p{Pf}\"']*[\\t\\u000B\\f \\p{Zs}]");

  private Syllables() {}

  /** The syllables of a text, normalized first. */
  public static List<Syllable> of(String text) {
    String normalized = VietnameseText.normalize(text);
    List<Syllable> out = new ArrayList<>();
    // A text repeats its syllables; each distinct one is canonicalized and folded once.
    Map<String, String[]> views = new HashMap<>();
    Matcher m = TOKEN.matcher(normalized);
    int previousEnd = 0;
    while (m.find()) {
      boolean afterBreak = !out.isEmpty() && isBreak(normalized, previousEnd, m.start());
      String word = m.group();
      String[] view = views.computeIfAbsent(word, w -> {
        String exact = VietnameseText.exact(w);
        return new String[] {exact, VietnameseText.fold(exact)};
      });
      out.add(new Syllable(word, view[0], view[1], m.start(), m.end(), afterBreak));
      previousEnd = m.end();
    }
    return out;
  }

  private static boolean isBreak(String text, int from, int to) {
    // Most separators are one space; the regex runs only on the others.
    return !(to - from == 1 && text.charAt(from) == ' ') && BREAK.matcher(text).region(from, to).find();
  }

  /** Bigram keys "w1 w2" of adjacent folded syllables, none across a sentence break. */
  public static List<String> bigrams(List<Syllable> syllables) {
    List<String> out = new ArrayList<>();
    for (int i = 1; i < syllables.size(); i++) {
      if (!syllables.get(i).afterBreak()) {
        out.add(syllables.get(i - 1).fold() + " " + syllables.get(i).fold());
      }
    }
    return out;
  }
}
