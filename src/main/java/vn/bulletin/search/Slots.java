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
    String[] all = paths.toArray(new String[0]);
    int[] homes = new int[all.length];
    Integer[] byHome = new Integer[all.length];
    for (int i = 0; i < all.length; i++) {
      homes[i] = home(all[i], size);
      byHome[i] = i;
    }
    Arrays.sort(byHome, Comparator.comparingInt((Integer i) -> homes[i]).thenComparing(i -> all[i]));
    boolean[] taken = new boolean[size];
    Map<String, Integer> slots = new HashMap<>(all.length * 2);
    for (int i : byHome) {
      String path = all[i];
      int slot = homes[i];
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
