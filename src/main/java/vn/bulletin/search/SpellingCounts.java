package vn.bulletin.search;

import java.util.Arrays;

/**
 * Per item, the exact spellings of one folded syllable it holds, as {@code [form, titleFreq,
 * bodyFreq, ...]} in the order of the forms. Counts come form by form, title before body, so an
 * item's list grows at its end only. Lists are kept from term to term, emptied, not freed.
 */
final class SpellingCounts {
  private static final int ENTRY = 3;

  private final int[][] lists;
  private final int[] lengths;

  SpellingCounts(int slots) {
    lists = new int[slots][];
    lengths = new int[slots];
  }

  void add(int doc, int form, boolean title, int freq) {
    int n = lengths[doc];
    int[] list = lists[doc];
    if (n == 0 || list[n - ENTRY] != form) {
      if (list == null || list.length < n + ENTRY) {
        list =
            lists[doc] = list == null ? new int[2 * ENTRY] : Arrays.copyOf(list, 2 * list.length);
      }
      list[n] = form;
      list[n + 1] = 0;
      list[n + 2] = 0;
      n = lengths[doc] = n + ENTRY;
    }
    list[n - ENTRY + (title ? 1 : 2)] = freq;
  }

  /** Adds one to each spelling's count of items holding it in the title and in the body. */
  void countItem(int doc, int[] titleDfs, int[] bodyDfs) {
    int[] list = lists[doc];
    for (int i = 0; i < lengths[doc]; i += ENTRY) {
      titleDfs[list[i]] += list[i + 1] > 0 ? 1 : 0;
      bodyDfs[list[i]] += list[i + 2] > 0 ? 1 : 0;
    }
  }

  int[] of(int doc) {
    return lengths[doc] == 0 ? new int[0] : Arrays.copyOf(lists[doc], lengths[doc]);
  }

  void clear(int doc) {
    lengths[doc] = 0;
  }
}
