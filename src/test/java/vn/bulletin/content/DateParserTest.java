package vn.bulletin.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import vn.bulletin.content.DateParser.Problem;
import vn.bulletin.content.DateParser.Result;

class DateParserTest {
  private static final ZoneId HCM = ZoneId.of("Asia/Ho_Chi_Minh");
  private final DateParser parser = new DateParser(HCM);

  @Test
  void dateAloneIsMidnightInSiteZone() {
    assertParsed("2024-09-19", ZonedDateTime.of(2024, 9, 19, 0, 0, 0, 0, HCM));
  }

  @Test
  void localDateTimeWithoutSecondsIsInSiteZone() {
    assertParsed("2024-09-19T08:30", ZonedDateTime.of(2024, 9, 19, 8, 30, 0, 0, HCM));
  }

  @Test
  void localDateTimeWithSecondsIsInSiteZone() {
    assertParsed("2024-09-19T08:30:15", ZonedDateTime.of(2024, 9, 19, 8, 30, 15, 0, HCM));
  }

  @Test
  void localDateTimeMayUseASpaceInsteadOfT() {
    assertParsed("2024-09-19 08:30", ZonedDateTime.of(2024, 9, 19, 8, 30, 0, 0, HCM));
    assertParsed("2024-09-19 08:30:15", ZonedDateTime.of(2024, 9, 19, 8, 30, 15, 0, HCM));
  }

  @Test
  void dateTimeWithOffsetKeepsTheOffset() {
    assertParsed(
        "2024-09-19T08:30:00+07:00",
        ZonedDateTime.of(2024, 9, 19, 8, 30, 0, 0, ZoneOffset.ofHours(7)));
  }

  @Test
  void dateTimeWithZIsUtc() {
    Result result = parser.parse("2024-09-19T01:30:00Z");

    assertThat(result.date()).contains(ZonedDateTime.of(2024, 9, 19, 1, 30, 0, 0, ZoneOffset.UTC));
    assertThat(result.date().orElseThrow().toInstant())
        .isEqualTo(ZonedDateTime.of(2024, 9, 19, 8, 30, 0, 0, HCM).toInstant());
  }

  @Test
  void surroundingSpaceIsIgnored() {
    assertParsed("  2024-09-19 \n", ZonedDateTime.of(2024, 9, 19, 0, 0, 0, 0, HCM));
  }

  @Test
  void thirtiethOfFebruaryDoesNotExist() {
    assertProblem("2024-02-30", Problem.DOES_NOT_EXIST);
    assertProblem("2024-02-30T08:30", Problem.DOES_NOT_EXIST);
    assertProblem("2024-02-30T08:30:00+07:00", Problem.DOES_NOT_EXIST);
  }

  @Test
  void twentyNinthOfFebruaryDoesNotExistOutsideLeapYears() {
    assertProblem("2023-02-29", Problem.DOES_NOT_EXIST);
  }

  @Test
  void twentyNinthOfFebruaryExistsInLeapYears() {
    assertParsed("2024-02-29", ZonedDateTime.of(2024, 2, 29, 0, 0, 0, 0, HCM));
  }

  @Test
  void thirteenthMonthDoesNotExist() {
    assertProblem("2024-13-01", Problem.DOES_NOT_EXIST);
  }

  @Test
  void vietnameseDayMonthYearIsNotIso() {
    assertProblem("19/09/2024", Problem.NOT_ISO);
    assertProblem("19-09-2024", Problem.NOT_ISO);
    assertProblem("hôm nay", Problem.NOT_ISO);
  }

  private void assertParsed(String text, ZonedDateTime expected) {
    Result result = parser.parse(text);
    assertThat(result.date()).contains(expected);
    assertThat(result.problem()).isNull();
  }

  private void assertProblem(String text, Problem expected) {
    Result result = parser.parse(text);
    assertThat(result.date()).isEmpty();
    assertThat(result.problem()).as(text).isEqualTo(expected);
  }
}
