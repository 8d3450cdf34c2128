package vn.bulletin.plan;

import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and numbers as Vietnamese portals write them, with an explicit locale and zone. */
public final class VietnameseFormat {
  public static final Locale VI = Locale.forLanguageTag("vi-VN");
  private static final DateTimeFormatter DATE_LINE = DateTimeFormatter.ofPattern("EEEE, dd/MM/yyyy", VI);
  private static final DateTimeFormatter DATE_SHORT = DateTimeFormatter.ofPattern("dd/MM/yyyy", VI);

  private final ZoneId zone;

  public VietnameseFormat(ZoneId zone) {
    this.zone = zone;
  }

  /** "Thứ Năm, 19/09/2024". */
  public String dateLine(ZonedDateTime time) {
    return DATE_LINE.format(time.withZoneSameInstant(zone));
  }

  /** "19/09/2024". */
  public String dateShort(ZonedDateTime time) {
    return DATE_SHORT.format(time.withZoneSameInstant(zone));
  }

  /** "2024-09-19T09:00:00+07:00", for machines. */
  public String iso(ZonedDateTime time) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time.withZoneSameInstant(zone));
  }

  /** RFC 822 as RSS wants it: "Thu, 19 Sep 2024 09:00:00 +0700". */
  public String rfc822(ZonedDateTime time) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(time.withZoneSameInstant(zone));
  }

  /** "832.881". */
  public static String number(long n) {
    return NumberFormat.getIntegerInstance(VI).format(n);
  }
}
