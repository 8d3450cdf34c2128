package vn.bulletin.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlotsTest {
  private static List<String> paths(int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add("tin-tuc-su-kien/bai-" + i + "/");
    }
    return out;
  }

  @Test
  void theTableIsAtLeastTwiceTheItemsAndAPowerOfTwo() {
    assertThat(Slots.size(0)).isEqualTo(64);
    assertThat(Slots.size(32)).isEqualTo(64);
    assertThat(Slots.size(33)).isEqualTo(128);
    assertThat(Slots.size(10_000)).isEqualTo(32_768);
  }

  @Test
  void slotsDependOnTheSetOfPathsNotOnTheirOrder() {
    List<String> paths = paths(500);
    List<String> reversed = new ArrayList<>(paths);
    java.util.Collections.reverse(reversed);

    assertThat(Slots.assign(reversed, 1024)).isEqualTo(Slots.assign(paths, 1024));
  }

  @Test
  void everyPathHasItsOwnSlot() {
    Map<String, Integer> slots = Slots.assign(paths(500), 1024);

    assertThat(new HashSet<>(slots.values())).hasSize(500);
    assertThat(slots.values()).allMatch(s -> s >= 0 && s < 1024);
  }

  @Test
  void addingAPathMovesAtMostAFewOthers() {
    List<String> paths = paths(500);
    Map<String, Integer> before = Slots.assign(paths, 1024);
    List<String> more = new ArrayList<>(paths);
    more.add("thong-bao/moi/");
    Map<String, Integer> after = Slots.assign(more, 1024);

    long moved = paths.stream().filter(p -> !before.get(p).equals(after.get(p))).count();
    assertThat(moved).isLessThanOrEqualTo(3);
  }

  @Test
  void selectionFindsTheValueOfASortedRank() {
    double[] values = {5, 1, 4, 1, 5, 9, 2, 6, 5, 3};
    double[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    for (int rank = 0; rank < values.length; rank++) {
      assertThat(PostingsBuilder.select(values.clone(), rank))
          .as("rank " + rank)
          .isEqualTo(sorted[rank]);
    }
  }
}
