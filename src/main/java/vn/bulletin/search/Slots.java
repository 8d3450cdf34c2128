package vn.bulletin.search;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/**
 * The doc ids of the static export: each item's slot comes from a hash of its path, in a table at
 * most half full, collisions going to the next free slot. The slots are a function of the set of
 * paths alone (a clean build and an incremental one agree), and adding, removing or editing one item
 * leaves every other item in its slot, but for the few after it in a run of taken slots. Only when
 * the table's size changes (a power of two, at least twice the items) does every slot change.
 */
final class Slots {
  static final int MIN_SIZE = 64;

  private Slots() {}

  static int size(int items) {
    int size = MIN_SIZE;
    while (size < 2L * items) {
      size <<= 1;
    }
    return size;
  }

  /** The slot of each path in a table of {@code size} slots. */
  static Map<String, Integer> assign(Collection<String> paths, int size) {
    String[] sorted = paths.toArray(new String[0]);
    Arrays.sort(sorted, Comparator.comparingInt((String p) -> home(p, size)).thenComparing(Comparator.naturalOrder()));
    boolean[] taken = new boolean[size];
    Map<String, Integer> slots = new HashMap<>(sorted.length * 2);
    for (String path : sorted) {
      int slot = home(path, size);
      while (taken[slot]) {
        slot = (slot + 1) & (size - 1);
      }
      taken[slot] = true;
      slots.put(path, slot);
    }
    return slots;
  }

  static int home(String path, int size) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < path.length(); i++) {
      h = (h ^ path.charAt(i)) * 0x100000001b3L;
    }
    h ^= h >>> 29;
    h *= 0xbf58476d1ce4e5b9L;
    h ^= h >>> 32;
    return (int) h & (size - 1);
  }
}
