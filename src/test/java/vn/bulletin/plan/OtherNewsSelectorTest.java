package vn.bulletin.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OtherNewsSelectorTest {
  /** n0 is the newest, n14 the oldest. */
  private static final List<String> ITEMS = items(15);

  private static List<String> items(int n) {
    return IntStream.range(0, n).mapToObj(i -> "n" + i).toList();
  }

  @Test
  void middleItemGetsTheNextOlderOnes() {
    assertThat(OtherNewsSelector.select(ITEMS, 2, 10))
        .containsExactly("n3", "n4", "n5", "n6", "n7", "n8", "n9", "n10", "n11", "n12");
  }

  @Test
  void itemNearTheEndIsToppedUpWithNearestNewerOnesNewestFirst() {
    assertThat(OtherNewsSelector.select(ITEMS, 12, 10))
        .containsExactly("n4", "n5", "n6", "n7", "n8", "n9", "n10", "n11", "n13", "n14");
  }

  @Test
  void oldestItemGetsTheNearestNewerOnes() {
    assertThat(OtherNewsSelector.select(ITEMS, 14, 10))
        .containsExactly("n4", "n5", "n6", "n7", "n8", "n9", "n10", "n11", "n12", "n13");
  }

  @Test
  void itemIsNeverIncluded() {
    for (int index = 0; index < ITEMS.size(); index++) {
      List<String> chosen = OtherNewsSelector.select(ITEMS, index, 10);
      assertThat(chosen).as("index %d", index).doesNotContain(ITEMS.get(index)).hasSize(10);
    }
  }

  @Test
  void shortListGivesAllOthers() {
    assertThat(OtherNewsSelector.select(items(5), 2, 10)).containsExactly("n0", "n1", "n3", "n4");
  }

  @Test
  void countZeroGivesNothing() {
    assertThat(OtherNewsSelector.select(ITEMS, 7, 0)).isEmpty();
  }

  @Test
  void onlyItemGetsNothing() {
    assertThat(OtherNewsSelector.select(List.of("n0"), 0, 10)).isEmpty();
  }
}
