package vn.bulletin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.bulletin.model.VietnameseFormat;

class BuildSummaryTest {
  @Test
  void countsGroupThousandsWithDots() {
    assertThat(VietnameseFormat.number(0)).isEqualTo("0");
    assertThat(VietnameseFormat.number(999)).isEqualTo("999");
    assertThat(VietnameseFormat.number(10_514)).isEqualTo("10.514");
    assertThat(VietnameseFormat.number(1_234_567)).isEqualTo("1.234.567");
  }

  @Test
  void secondsTakeADecimalCommaAndTwoDecimalsUnderASecond() {
    assertThat(VietnameseFormat.seconds(Duration.ofMillis(4_100))).isEqualTo("4,1 s");
    assertThat(VietnameseFormat.seconds(Duration.ofMillis(12_360))).isEqualTo("12,4 s");
    assertThat(VietnameseFormat.seconds(Duration.ofMillis(1_234_500))).isEqualTo("1.234,5 s");
    assertThat(VietnameseFormat.seconds(Duration.ofMillis(820))).isEqualTo("0,82 s");
    assertThat(VietnameseFormat.seconds(Duration.ofMillis(48))).isEqualTo("0,05 s");
    assertThat(VietnameseFormat.seconds(Duration.ZERO)).isEqualTo("0,00 s");
  }

  @Test
  void summaryLeadsWithItemsPagesAndTimeThenTellsWhereAndWhatChanged() {
    BuildSummary summary =
        new BuildSummary(
            10_000,
            10_514,
            21_533,
            214,
            Duration.ofMillis(4_100),
            Duration.ofMillis(820),
            Path.of("/srv/bantin/site"));

    assertThat(summary.text())
        .isEqualTo(
            """
        10.000 bài · 10.514 trang · 4,1 s
        /srv/bantin/site: 21.533 tệp, 214 mới hoặc đã đổi · tìm kiếm 0,82 s
        """);
  }
}
