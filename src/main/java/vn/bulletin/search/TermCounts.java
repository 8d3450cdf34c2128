package vn.bulletin.search;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The distinct terms of one field of one item, each with how often it occurs, in the order they
 * first occur (Lucene takes a document's terms in any order).
 *
 * @param length how many tokens the field holds (the sum of the counts): its length for BM25
 */
record TermCounts(String[] terms, int[] counts, int length) {
  /**
   * Counts terms as they come, by a numeric key (a term's id, or two ids for a pair) in an
   * open-addressing table: no string is hashed or built per occurrence. A term without an id (past
   * the syllable cache's cap) is counted by its text.
   */
  static final class Counter {
    private long[] keys = new long[256];
    private int[] entries = new int[256];
    private String[] first = new String[64];
    private String[] second = new String[64];
    private long[] pairKeys = new long[64];
    private int[] counts = new int[64];
    private int size;
    private int length;
    private final Map<String, Integer> byText = new HashMap<>();

    void add(int id, String term) {
      add(id < 0 ? -1 : id, term, null);
    }

    void addPair(int firstId, String a, int secondId, String b) {
      add(firstId < 0 || secondId < 0 ? -1 : (long) firstId << 32 | secondId, a, b);
    }

    private void add(long key, String a, String b) {
      length++;
      if (key < 0) {
        String text = b == null ? a : a + " " + b;
        Integer entry = byText.get(text);
        if (entry == null) {
          byText.put(text, append(-1, text, null));
        } else {
          counts[entry]++;
        }
        return;
      }
      int mask = keys.length - 1;
      int at = (int) (key ^ key >>> 29) * 0x9E3779B1 & mask;
      while (entries[at] != 0) {
        if (keys[at] == key) {
          counts[entries[at] - 1]++;
          return;
        }
        at = (at + 1) & mask;
      }
      keys[at] = key;
      entries[at] = append(key, a, b) + 1;
      if (size * 2 > keys.length) {
        grow();
      }
    }

    private int append(long key, String a, String b) {
      if (size == counts.length) {
        first = Arrays.copyOf(first, size * 2);
        second = Arrays.copyOf(second, size * 2);
        pairKeys = Arrays.copyOf(pairKeys, size * 2);
        counts = Arrays.copyOf(counts, size * 2);
      }
      first[size] = a;
      second[size] = b;
      pairKeys[size] = key;
      counts[size] = 1;
      return size++;
    }

    private void grow() {
      long[] oldKeys = keys;
      int[] oldEntries = entries;
      keys = new long[oldKeys.length * 2];
      entries = new int[oldKeys.length * 2];
      int mask = keys.length - 1;
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldEntries[i] != 0) {
          int at = (int) (oldKeys[i] ^ oldKeys[i] >>> 29) * 0x9E3779B1 & mask;
          while (entries[at] != 0) {
            at = (at + 1) & mask;
          }
          keys[at] = oldKeys[i];
          entries[at] = oldEntries[i];
        }
      }
    }

    TermCounts counts() {
      String[] terms = new String[size];
      for (int i = 0; i < size; i++) {
        terms[i] = second[i] == null ? first[i] : Pairs.text(pairKeys[i], first[i], second[i]);
      }
      return new TermCounts(terms, Arrays.copyOf(counts, size), length);
    }
  }
}
