package vn.bulletin.yaml;

/** The text is not YAML we accept; carries the 1-based position in the parsed text. */
public final class YamlSyntaxException extends Exception {
  private static final long serialVersionUID = 1L;
  private final int lineNumber;
  private final int columnNumber;

  public YamlSyntaxException(String message, int lineNumber, int columnNumber) {
    super(message);
    this.lineNumber = lineNumber;
    this.columnNumber = columnNumber;
  }

  public int lineNumber() {
    return lineNumber;
  }

  public int columnNumber() {
    return columnNumber;
  }
}
