package vn.bulletin.model;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and numbers as Vietnamese portals write them, with an explicit locale and zone. */
public final class VietnameseFormat {
  public static final Locale VI = Locale.forLanguageTag("vi-VN");
  private static final DateTimeFormatter DATE_LINE =
      DateTimeFormatter.ofPattern("EEEE, dd/MM/yyyy", VI);
  private static final DateTimeFormatter DATE_SHORT = DateTimeFormatter.ofPattern("dd/MM/yyyy", VI);

  private final ZoneId zone;

  public VietnameseFormat(ZoneId zone) {
    this.zone = zone;
  }

  /** The zone dates are shown in: the site's. */
  public ZoneId zone() {
    return zone;
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
    return format("#,##0", n);
  }

  /** A file's size as readers see it: "812 B", "340 KB", "1,2 MB" (binary units). */
  public static String fileSize(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    if (bytes < 1024 * 1024) {
      return format("#,##0", Math.round(bytes / 1024.0)) + " KB";
    }
    return format("#,##0.0", bytes / (1024.0 * 1024.0)) + " MB";
  }

  /** "4,1 s"; under a second two decimals ("0,08 s"), so a quick step does not read as nothing. */
  public static String seconds(Duration time) {
    double s = time.toNanos() / 1e9;
    return format(s < 1 ? "0.00" : "#,##0.0", s) + " s";
  }

  // The symbols are set here rather than taken from the JDK's locale data, so numbers read the same
  // on every JVM. DecimalFormat is not thread-safe, and cheap to make.
  private static String format(String pattern, Number n) {
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
    symbols.setGroupingSeparator('.');
    symbols.setDecimalSeparator(',');
    return new DecimalFormat(pattern, symbols).format(n);
  }
}
