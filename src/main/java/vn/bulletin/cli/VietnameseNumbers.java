package vn.bulletin.cli;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.util.Locale;

/**
 * Numbers as a Vietnamese reader writes them: thousands with '.', decimals with ','. The symbols are
 * set here rather than taken from the JDK's locale data, so the summary reads the same on every JVM.
 */
final class VietnameseNumbers {
  private VietnameseNumbers() {}

  /** "10.514". */
  static String count(long n) {
    return format("#,##0", n);
  }

  /** "4,1 s"; under a second two decimals ("0,08 s"), so a quick step does not read as nothing. */
  static String seconds(Duration time) {
    double s = time.toNanos() / 1e9;
    return format(s < 1 ? "0.00" : "#,##0.0", s) + " s";
  }

  // DecimalFormat is not thread-safe, and cheap to make for a line or two.
  private static String format(String pattern, Number n) {
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
    symbols.setGroupingSeparator('.');
    symbols.setDecimalSeparator(',');
    return new DecimalFormat(pattern, symbols).format(n);
  }
}
