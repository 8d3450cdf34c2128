package vn.bulletin.json;

import java.util.List;
import java.util.Locale;

/**
 * The one way bulletin writes JSON text: strings quoted, lists of strings joined. What it writes is
 * safe inside HTML ({@code <} escaped), on one line (an event stream's data line) and in old
 * JavaScript (U+2028/9 escaped), and stays valid when a long text was cut between the two halves of
 * an emoji (surrogates escaped). Other UTF-8 stays as it is.
 */
public final class Json {
  private Json() {}

  public static String quote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        default -> {
          if (c < 0x20 || c == '<' || Character.isSurrogate(c) || c == '\u2028' || c == '\u2029') {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  public static String strings(List<String> values) {
    return "[" + String.join(",", values.stream().map(Json::quote).toList()) + "]";
  }
}
