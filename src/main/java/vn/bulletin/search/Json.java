package vn.bulletin.search;

import java.util.List;

/** The little JSON the search writes: strings quoted, lists joined. UTF-8 stays as it is. */
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
          // Controls, surrogates (emoji stay valid even when split) and U+2028/9 (line ends in old JS).
          if (c < 0x20 || Character.isSurrogate(c) || c == '\u2028' || c == '\u2029') {
            out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
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
