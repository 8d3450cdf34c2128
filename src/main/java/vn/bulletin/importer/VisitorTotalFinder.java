package vn.bulletin.importer;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the visitor total a portal shows ("Tổng lượt truy cập 832.881", "Lượt truy cập: 832,881"),
 * so the report can say what to carry over as {@code counter: initial-total:}.
 */
final class VisitorTotalFinder {
  private static final Pattern TOTAL =
      Pattern.compile(
          "(?:Tổng\\s+(?:số\\s+)?lượt\\s+truy\\s+cập|Số\\s+lượt\\s+truy\\s+cập|Lượt\\s+truy\\s+cập|Tổng\\s+truy\\s+cập"
              + "|Đã\\s+truy\\s+cập)\\s*:?\\s*([0-9]{1,3}(?:[.,\\u00A0 ][0-9]{3})+|[0-9]+)(?![0-9])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  OptionalLong find(String pageText) {
    Matcher m = TOTAL.matcher(pageText);
    long best = -1;
    while (m.find()) {
      String digits = m.group(1).replaceAll("[^0-9]", "");
      if (digits.length() <= 15) {
        best = Math.max(best, Long.parseLong(digits));
      }
    }
    return best < 0 ? OptionalLong.empty() : OptionalLong.of(best);
  }
}
