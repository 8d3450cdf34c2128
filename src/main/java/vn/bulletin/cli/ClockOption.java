package vn.bulletin.cli;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/**
 * Reads {@code --clock}: an ISO 8601 instant such as 2024-10-01T08:00:00+07:00 or
 * 2024-10-01T01:00:00Z.
 */
final class ClockOption implements CommandLine.ITypeConverter<Clock> {
  @Override
  public Clock convert(String value) {
    try {
      return Clock.fixed(OffsetDateTime.parse(value).toInstant(), ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      try {
        return Clock.fixed(Instant.parse(value), ZoneOffset.UTC);
      } catch (DateTimeParseException again) {
        throw new CommandLine.TypeConversionException(
            "'" + value + "' is not an ISO 8601 time such as 2024-10-01T08:00:00+07:00");
      }
    }
  }
}
