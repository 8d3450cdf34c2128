package vn.bulletin.search;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The text of a pair of syllables ("nông dân"), one string per pair for the whole process, found by
 * the pair's two syllable ids: thousands of items analysed together share their common pairs
 * instead of each holding its own copies (an index of long documents held tens of millions of
 * them). Past the cap, or for a syllable without an id, a pair's text is made anew.
 */
final class Pairs {
  private static final int CACHE_CAP = 1 << 18;
  private static final Map<Long, String> TEXTS = new ConcurrentHashMap<>();

  private Pairs() {}

  /**
   * @param key the two syllables' ids, the first in the high half; negative when one has none
   */
  static String text(long key, String first, String second) {
    if (key < 0) {
      return first + " " + second;
    }
    String known = TEXTS.get(key);
    if (known != null) {
      return known;
    }
    String text = first + " " + second;
    if (TEXTS.size() < CACHE_CAP) {
      String raced = TEXTS.putIfAbsent(key, text);
      return raced == null ? text : raced;
    }
    return text;
  }
}
