package vn.bulletin.search;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/**
 * The doc ids of the static export: each item's slot comes from a hash of its path, in a table at
 * most half full, collisions going to the next free slot. The slots are a function of the set of
 * paths alone (a clean build and an incremental one agree), and adding, removing or editing one
 * item leaves every other item in its slot, but for the few after it in a run of taken slots. Only
 * when the table's size changes (a power of two, at least twice the items) does every slot change.
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
    long[] byHome = new long[all.length];
    for (int i = 0; i < all.length; i++) {
      byHome[i] = (long) home(all[i], size) << 32 | i;
    }
    Arrays.sort(byHome);
    // Paths of one home go in string order, as a clean build would place them.
    for (int start = 0; start < byHome.length; ) {
      int end = start + 1;
      while (end < byHome.length && byHome[end] >>> 32 == byHome[start] >>> 32) {
        end++;
      }
      if (end - start > 1) {
        Long[] run = new Long[end - start];
        for (int r = 0; r < run.length; r++) {
          run[r] = byHome[start + r];
        }
        Arrays.sort(run, Comparator.comparing((Long key) -> all[(int) (long) key]));
        for (int r = 0; r < run.length; r++) {
          byHome[start + r] = run[r];
        }
      }
      start = end;
    }
    boolean[] taken = new boolean[size];
    Map<String, Integer> slots = new HashMap<>(all.length * 2);
    for (long key : byHome) {
      String path = all[(int) key];
      int slot = (int) (key >>> 32);
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
