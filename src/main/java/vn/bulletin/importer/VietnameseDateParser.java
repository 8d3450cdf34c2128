package vn.bulletin.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the publication time in the ways Vietnamese portals print it: "19/09/2024 08:15", "Thứ Năm,
 * 19/09/2024 - 08:15", "08:15 19/09/2024", "Ngày 19 tháng 9 năm 2024", "19-9-2024", and ISO 8601
 * from machine-read markup. A time without an offset is in the site's time zone.
 */
final class VietnameseDateParser {
  private static final Pattern NUMERIC =
      Pattern.compile(
          "(?<![0-9])([0-3]?[0-9])\\s*([/.-])\\s*([01]?[0-9])\\s*\\2\\s*((?:19|20)[0-9]{2})(?![0-9])");
  private static final Pattern WORDS =
      Pattern.compile(
          "ngày\\s+([0-3]?[0-9])\\s+tháng\\s+([01]?[0-9])\\s+năm\\s+((?:19|20)[0-9]{2})",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern TIME =
      Pattern.compile("(?<![0-9])([0-2]?[0-9])\\s*(?::|h|giờ)\\s*([0-5][0-9])(?![0-9])");
  private static final Pattern ISO =
      Pattern.compile(
          "^\\s*[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9:.]+(Z|[+-][0-9]{2}:?[0-9]{2})?)?\\s*$");

  private final ZoneId zone;

  VietnameseDateParser(ZoneId zone) {
    this.zone = zone;
  }

  Optional<ZonedDateTime> parse(String text) {
    String t = text.replace('\u00A0', ' ');
    return iso(t).or(() -> numeric(t)).or(() -> words(t));
  }

  private Optional<ZonedDateTime> iso(String text) {
    if (!ISO.matcher(text).matches()) {
      return Optional.empty();
    }
    String s = text.strip();
    try {
      if (s.length() == 10) {
        return Optional.of(LocalDate.parse(s).atStartOfDay(zone));
      }
      if (s.endsWith("Z") || s.matches(".*[+-][0-9]{2}:?[0-9]{2}$")) {
        return Optional.of(
            OffsetDateTime.parse(s.replaceAll("([+-][0-9]{2})([0-9]{2})$", "$1:$2"))
                .atZoneSameInstant(zone));
      }
      return Optional.of(java.time.LocalDateTime.parse(s).atZone(zone));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private Optional<ZonedDateTime> numeric(String text) {
    Matcher m = NUMERIC.matcher(text);
    while (m.find()) {
      Optional<LocalDate> day = day(m.group(4), m.group(3), m.group(1));
      if (day.isPresent()) {
        return Optional.of(day.get().atTime(time(text, m.start(), m.end())).atZone(zone));
      }
    }
    return Optional.empty();
  }

  private Optional<ZonedDateTime> words(String text) {
    Matcher m = WORDS.matcher(text);
    while (m.find()) {
      Optional<LocalDate> day = day(m.group(3), m.group(2), m.group(1));
      if (day.isPresent()) {
        return Optional.of(day.get().atTime(time(text, m.start(), m.end())).atZone(zone));
      }
    }
    return Optional.empty();
  }

  // The time printed beside the date, after it ("19/09/2024 - 08:15") or before it ("08:15
  // 19/09/2024").
  private static LocalTime time(String text, int dateStart, int dateEnd) {
    Matcher after = TIME.matcher(text.substring(dateEnd, Math.min(text.length(), dateEnd + 12)));
    if (after.find()) {
      return at(after).orElse(LocalTime.MIDNIGHT);
    }
    String before = text.substring(Math.max(0, dateStart - 12), dateStart);
    Matcher m = TIME.matcher(before);
    Optional<LocalTime> last = Optional.empty();
    while (m.find()) {
      last = at(m);
    }
    return last.orElse(LocalTime.MIDNIGHT);
  }

  private static Optional<LocalTime> at(Matcher m) {
    int hour = Integer.parseInt(m.group(1));
    return hour < 24
        ? Optional.of(LocalTime.of(hour, Integer.parseInt(m.group(2))))
        : Optional.empty();
  }

  private static Optional<LocalDate> day(String year, String month, String day) {
    try {
      return Optional.of(
          LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
