package vn.bulletin.diagnostic;

import java.util.List;

/**
 * Writes diagnostics the way compilers do: {@code path:line:col: error: message}, then the source
 * line with a caret under the culprit, then a hint.
 */
public final class DiagnosticFormatter {
  /** More than this many and the rest are only counted, as one bad file can bury the others. */
  static final int MAX_SHOWN = 50;

  public String format(Diagnostic d) {
    StringBuilder out = new StringBuilder(position(d)).append(": ");
    out.append(d.severity().label()).append(": ").append(d.text()).append('\n');
    if (d.lineNumber() > 0 && !d.sourceLine().isEmpty()) {
      String number = String.valueOf(d.lineNumber());
      String gutter = " ".repeat(number.length());
      out.append("    ").append(number).append(" | ").append(d.sourceLine()).append('\n');
      if (d.columnNumber() > 0) {
        out.append("    ").append(gutter).append(" | ");
        out.append(" ".repeat(caretIndent(d)))
            .append("^".repeat(Math.max(1, d.width())))
            .append('\n');
      }
    }
    if (!d.hint().isEmpty()) {
      out.append("hint: ").append(d.hint()).append('\n');
    }
    return out.toString();
  }

  /** All of them, capped, followed by the closing count line. */
  public String formatAll(List<Diagnostic> diagnostics, String outcome) {
    StringBuilder out = new StringBuilder();
    diagnostics.stream().limit(MAX_SHOWN).forEach(d -> out.append(format(d)));
    if (diagnostics.size() > MAX_SHOWN) {
      out.append("... and ").append(diagnostics.size() - MAX_SHOWN).append(" more\n");
    }
    long errors = diagnostics.stream().filter(Diagnostic::isError).count();
    long warnings = diagnostics.size() - errors;
    if (errors > 0) {
      out.append(count(errors, "error")).append("; ").append(outcome).append('\n');
    } else if (warnings > 0) {
      out.append(count(warnings, "warning")).append('\n');
    }
    return out.toString();
  }

  private static String position(Diagnostic d) {
    if (d.lineNumber() <= 0) {
      return d.path();
    }
    String line = d.path() + ":" + d.lineNumber();
    return d.columnNumber() > 0 ? line + ":" + d.columnNumber() : line;
  }

  // Columns count code points, so Vietnamese letters before the culprit take one cell each.
  private static int caretIndent(Diagnostic d) {
    int cells = d.sourceLine().codePointCount(0, d.sourceLine().length());
    return Math.max(0, Math.min(d.columnNumber() - 1, cells));
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
