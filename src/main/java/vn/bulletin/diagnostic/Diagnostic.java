package vn.bulletin.diagnostic;

import java.util.Comparator;

/**
 * One problem in one file, positioned like a compiler message.
 *
 * @param path the file, relative to the project and with {@code /} separators
 * @param lineNumber 1-based line, or 0 when the problem concerns the whole file
 * @param columnNumber 1-based column, or 0 when unknown
 * @param width how many characters the caret underlines (at least 1 when a column is known)
 * @param sourceLine the text of that line, or empty
 * @param hint a suggestion such as "did you mean ...", or empty
 * @param context what the build was doing when it met the problem ("rendering content/tin/a.md"),
 *     or empty; shown after the message as {@code (while ...)}
 */
public record Diagnostic(
    Severity severity,
    String path,
    int lineNumber,
    int columnNumber,
    int width,
    String message,
    String sourceLine,
    String hint,
    String context) {

  /** Sorted by file, then position, so output does not depend on thread timing. */
  public static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::path)
          .thenComparingInt(Diagnostic::lineNumber)
          .thenComparingInt(Diagnostic::columnNumber)
          .thenComparing(Diagnostic::message);

  /** A problem met outside of any particular step: no context. */
  public Diagnostic(
      Severity severity,
      String path,
      int lineNumber,
      int columnNumber,
      int width,
      String message,
      String sourceLine,
      String hint) {
    this(severity, path, lineNumber, columnNumber, width, message, sourceLine, hint, "");
  }

  public static Diagnostic error(String path, String message) {
    return new Diagnostic(Severity.ERROR, path, 0, 0, 0, message, "", "");
  }

  public static Diagnostic warning(String path, String message) {
    return new Diagnostic(Severity.WARNING, path, 0, 0, 0, message, "", "");
  }

  public Diagnostic at(int line, int column, int caretWidth, String lineText) {
    return new Diagnostic(
        severity, path, line, column, caretWidth, message, lineText, hint, context);
  }

  public Diagnostic atLine(int line, String lineText) {
    return at(line, 0, 0, lineText);
  }

  public Diagnostic withHint(String text) {
    return new Diagnostic(
        severity, path, lineNumber, columnNumber, width, message, sourceLine, text, context);
  }

  /** The same problem, met while doing {@code what} ("rendering content/tin/a.md"). */
  public Diagnostic withContext(String what) {
    return new Diagnostic(
        severity, path, lineNumber, columnNumber, width, message, sourceLine, hint, what);
  }

  public Diagnostic asWarning() {
    return new Diagnostic(
        Severity.WARNING,
        path,
        lineNumber,
        columnNumber,
        width,
        message,
        sourceLine,
        hint,
        context);
  }

  /** The message as a person reads it: with its context, if any. */
  public String text() {
    return context.isEmpty() ? message : message + " (while " + context + ")";
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }
}
