package vn.bulletin.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Splits text into syllables: runs of letters, marks and decimal digits. The browser does the same
 * with {@code /[\p{L}\p{M}\p{Nd}]+/gu}, which UAX #29 word breaking could not promise.
 */
public final class Syllables {
  /** The characters that can make a separator a sentence break. */
  private static final String SENTENCE_CHARS = ".:!?;\u2026\n\r\u2028\u2029";

  // A sentence ends at a line break, ! ? ; … or a . or : followed by space (so 1.500.000 and
  // hamcan.gov.vn stay one sequence); closing quotes and brackets may stand between.
  private static final Pattern BREAK =
      Pattern.compile(
          "[\\n\\r\\u2028\\u2029!?;\\u2026]|[.:][\\p{Pe}\\p{Pf}\"']*[\\t\\u000B\\f \\p{Zs}]");

  // A language has a few thousand syllables and a site reuses them across all its items, so their
  // views are computed once per process rather than once per text; names and codes are bounded by
  // the cap.
  private static final int CACHE_CAP = 1 << 18;
  private static final Map<String, View> VIEWS = new ConcurrentHashMap<>();
  // Ids let an item's terms be counted by number rather than by string; they never reach any
  // output.
  private static final Map<String, Integer> IDS = new ConcurrentHashMap<>();
  private static final AtomicInteger NEXT_ID = new AtomicInteger();
  // Latin, its marks and Vietnamese's precomposed letters (up to U+1EFF), looked up rather than
  // classified.
  private static final int TABLE_END = 0x1F00;
  private static final boolean[] TOKEN_CHARS = tokenChars();

  /**
   * A syllable's views, with process-wide ids for its exact and folded forms (-1 past the cache's
   * cap).
   */
  record View(String text, String exact, String fold, int exactId, int foldId) {}

  private Syllables() {}

  /**
   * What {@link #scan} reports for each syllable: its views and whether a sentence break precedes
   * it.
   */
  interface Visitor {
    void syllable(View view, int start, int end, boolean afterBreak);
  }

  /** The syllables of a text, normalized first. */
  public static List<Syllable> of(String text) {
    List<Syllable> out = new ArrayList<>();
    scan(
        text,
        (view, start, end, afterBreak) ->
            out.add(new Syllable(view.text(), view.exact(), view.fold(), start, end, afterBreak)));
    return out;
  }

  /**
   * Reports the syllables of a text, normalized first, one by one: indexing needs no list of them.
   */
  static void scan(String text, Visitor visitor) {
    String normalized = VietnameseText.normalize(text);
    int previousEnd = -1;
    int i = 0;
    int n = normalized.length();
    // Runs of letters, marks and decimal digits: the browser's [\p{L}\p{M}\p{Nd}]+, scanned without
    // a regex.
    while (i < n) {
      int start = i;
      while (i < n) {
        char c = normalized.charAt(i);
        if (c < 0x80) {
          if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
            break;
          }
          i++;
        } else if (c < TABLE_END) {
          if (!TOKEN_CHARS[c]) {
            break;
          }
          i++;
        } else {
          int cp = normalized.codePointAt(i);
          if (!isTokenChar(cp)) {
            break;
          }
          i += Character.charCount(cp);
        }
      }
      if (i == start) {
        i += Character.charCount(normalized.codePointAt(i));
        continue;
      }
      boolean afterBreak = previousEnd >= 0 && isBreak(normalized, previousEnd, start);
      visitor.syllable(views(normalized.substring(start, i)), start, i, afterBreak);
      previousEnd = i;
    }
  }

  // The cached text stands in for the substring, so equal syllables share one string.
  private static View views(String word) {
    View cached = VIEWS.get(word);
    if (cached != null) {
      return cached;
    }
    String exact = VietnameseText.exact(word);
    String fold = VietnameseText.fold(exact);
    if (VIEWS.size() >= CACHE_CAP) {
      return new View(word, exact, fold, -1, -1);
    }
    View view = new View(word, exact, fold, id(exact), id(fold));
    View raced = VIEWS.putIfAbsent(word, view);
    return raced == null ? view : raced;
  }

  private static int id(String term) {
    return IDS.computeIfAbsent(term, t -> NEXT_ID.getAndIncrement());
  }

  private static boolean[] tokenChars() {
    boolean[] table = new boolean[TABLE_END];
    for (int c = 0; c < TABLE_END; c++) {
      table[c] = isTokenChar(c);
    }
    return table;
  }

  static boolean isTokenChar(int c) {
    return switch (Character.getType(c)) {
      case Character.UPPERCASE_LETTER,
          Character.LOWERCASE_LETTER,
          Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER,
          Character.OTHER_LETTER,
          Character.NON_SPACING_MARK,
          Character.ENCLOSING_MARK,
          Character.COMBINING_SPACING_MARK,
          Character.DECIMAL_DIGIT_NUMBER ->
          true;
      default -> false;
    };
  }

  private static boolean isBreak(String text, int from, int to) {
    // Most separators hold no sentence punctuation at all; the regex runs only on the others.
    for (int i = from; i < to; i++) {
      if (SENTENCE_CHARS.indexOf(text.charAt(i)) >= 0) {
        return BREAK.matcher(text).region(from, to).find();
      }
    }
    return false;
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
