package vn.bulletin.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * Chooses "Các tin khác" for an item: the items of its category published just before it, newest
 * first; when fewer exist, topped up with the nearest newer ones. The item itself is never listed.
 */
public final class OtherNewsSelector {
  private OtherNewsSelector() {}

  /**
   * @param newestFirst the category's items, newest first
   * @param index the position of the item in that list
   * @param count how many to choose
   */
  public static <T> List<T> select(List<T> newestFirst, int index, int count) {
    int olderEnd = Math.min(newestFirst.size(), index + 1 + count);
    List<T> older = newestFirst.subList(index + 1, olderEnd);
    int missing = count - older.size();
    int newerStart = Math.max(0, index - missing);
    List<T> chosen = new ArrayList<>(newestFirst.subList(newerStart, index));
    chosen.addAll(older);
    return chosen;
  }
}
