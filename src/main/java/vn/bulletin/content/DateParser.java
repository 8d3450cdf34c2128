package vn.bulletin.content;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads ISO 8601 publication times. A time without an offset is in the site's zone; a date alone is
 * midnight there. Impossible dates (30 February) are refused, not rolled over.
 */
public final class DateParser {
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern LOCAL =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2})?");
  private static final DateTimeFormatter STRICT_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  private final ZoneId zone;

  public DateParser(ZoneId zone) {
    this.zone = zone;
  }

  /** Why a text is not a date, for the error message. */
  public enum Problem {
    NOT_ISO,
    DOES_NOT_EXIST
  }

  /** The parsed time, or the problem. */
  public record Result(Optional<ZonedDateTime> date, Problem problem) {}

  public Result parse(String text) {
    String t = text.strip();
    try {
      if (DATE.matcher(t).matches()) {
        return ok(LocalDate.parse(t, STRICT_DATE).atStartOfDay(zone));
      }
      if (LOCAL.matcher(t).matches()) {
        checkDate(t.substring(0, 10));
        return ok(LocalDateTime.parse(t.replace(' ', 'T')).atZone(zone));
      }
      if (t.length() > 10 && DATE.matcher(t.substring(0, 10)).matches()) {
        checkDate(t.substring(0, 10));
        return ok(OffsetDateTime.parse(t.replace(' ', 'T')).toZonedDateTime());
      }
      return new Result(Optional.empty(), Problem.NOT_ISO);
    } catch (DateTimeParseException e) {
      boolean shapeOk = t.length() >= 10 && DATE.matcher(t.substring(0, 10)).matches();
      boolean dateOk = shapeOk && isRealDate(t.substring(0, 10));
      return new Result(
          Optional.empty(), shapeOk && !dateOk ? Problem.DOES_NOT_EXIST : Problem.NOT_ISO);
    }
  }

  private static void checkDate(String date) {
    LocalDate.parse(date, STRICT_DATE);
  }

  private static boolean isRealDate(String date) {
    try {
      LocalDate.parse(date, STRICT_DATE);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static Result ok(ZonedDateTime date) {
    return new Result(Optional.of(date), null);
  }
}
