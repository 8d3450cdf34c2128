package vn.bulletin.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class VietnameseDateParserTest {
  private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
  private final VietnameseDateParser parser = new VietnameseDateParser(VN);

  private static ZonedDateTime at(int y, int m, int d, int h, int min) {
    return ZonedDateTime.of(y, m, d, h, min, 0, 0, VN);
  }

  @Test
  void dayMonthYearWithTime() {
    assertThat(parser.parse("19/09/2024 08:15")).contains(at(2024, 9, 19, 8, 15));
  }

  @Test
  void weekdayDateDashTime() {
    assertThat(parser.parse("Thứ Năm, 19/09/2024 - 08:15")).contains(at(2024, 9, 19, 8, 15));
  }

  @Test
  void nukevietPublicationLine() {
    assertThat(parser.parse("Thứ năm - 19/09/2024 08:15")).contains(at(2024, 9, 19, 8, 15));
  }

  @Test
  void timeBeforeTheDate() {
    assertThat(parser.parse("Cập nhật lúc 08:15 ngày 19/09/2024")).contains(at(2024, 9, 19, 8, 15));
  }

  @Test
  void dateInWords() {
    assertThat(parser.parse("Ngày 19 tháng 9 năm 2024")).contains(at(2024, 9, 19, 0, 0));
  }

  @Test
  void dashedShortDate() {
    assertThat(parser.parse("19-9-2024")).contains(at(2024, 9, 19, 0, 0));
  }

  @Test
  void isoWithOffsetIsMovedToTheSiteZone() {
    assertThat(parser.parse("2024-09-19T01:15:00Z")).contains(at(2024, 9, 19, 8, 15));
  }

  @Test
  void dayThatDoesNotExistIsNoDate() {
    assertThat(parser.parse("31/02/2024")).isEmpty();
  }

  @Test
  void textWithoutADateIsNoDate() {
    assertThat(parser.parse("Lượt xem: 1234")).isEmpty();
  }
}
