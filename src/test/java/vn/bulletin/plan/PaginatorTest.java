package vn.bulletin.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.bulletin.view.Views.PageLink;

class PaginatorTest {
  private static List<Integer> numbers(int current, int total) {
    return Paginator.pagination("tin/", current, total).pages().stream()
        .map(PageLink::number)
        .toList();
  }

  @Test
  void aShortListLinksEveryPage() {
    assertThat(numbers(1, 5)).containsExactly(1, 2, 3, 4, 5);
    assertThat(numbers(4, 5)).containsExactly(1, 2, 3, 4, 5);
  }

  @Test
  void aLongListLinksTheEndsAndTheNeighboursWithGapsBetween() {
    assertThat(numbers(1, 1000)).containsExactly(1, 2, 3, 0, 1000);
    assertThat(numbers(500, 1000)).containsExactly(1, 0, 498, 499, 500, 501, 502, 0, 1000);
    assertThat(numbers(1000, 1000)).containsExactly(1, 0, 998, 999, 1000);
    assertThat(numbers(4, 1000)).containsExactly(1, 2, 3, 4, 5, 6, 0, 1000);
  }

  @Test
  void theCurrentPageIsMarkedAndLinksLeadToTheirPages() {
    var pagination = Paginator.pagination("tin/", 2, 3);
    assertThat(pagination.pages())
        .containsExactly(
            new PageLink(1, "tin/", false),
            new PageLink(2, "tin/trang/2/", true),
            new PageLink(3, "tin/trang/3/", false));
    assertThat(pagination.prevPath()).isEqualTo("tin/");
    assertThat(pagination.nextPath()).isEqualTo("tin/trang/3/");
  }
}
