package vn.bulletin.server;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.bulletin.counter.VisitCounts;

/**
 * The API's JSON, by hand: requests are one flat object of strings ({@code {"path": "/x/"}}) and
 * answers a handful of numbers, so a strict reader of a hundred lines serves better than a library
 * and its surface. Strings are written by {@link vn.bulletin.json.Json}, as everywhere else.
 */
final class Json {
  private final String text;
  private int at;

  private Json(String text) {
    this.text = text;
  }

  /** A flat object of string members, or empty if the text is anything else. */
  static Optional<Map<String, String>> parseStringObject(String text) {
    Json json = new Json(text);
    try {
      json.space();
      Map<String, String> members = json.object();
      json.space();
      return json.at == text.length() ? Optional.of(members) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  static String counts(VisitCounts c) {
    return "{\"total\":"
        + c.total()
        + ",\"today\":"
        + c.today()
        + ",\"month\":"
        + c.month()
        + ",\"online\":"
        + c.online()
        + ",\"views\":"
        + c.views()
        + "}";
  }

  static String error(String message) {
    return "{\"error\":" + quote(message) + "}";
  }

  static String quote(String text) {
    return vn.bulletin.json.Json.quote(text);
  }

  private Map<String, String> object() {
    Map<String, String> members = new LinkedHashMap<>();
    expect('{');
    space();
    if (peek() == '}') {
      at++;
      return members;
    }
    do {
      space();
      String key = string();
      space();
      expect(':');
      space();
      if (members.put(key, string()) != null) {
        throw new IllegalArgumentException("duplicate member");
      }
      space();
    } while (accept(','));
    expect('}');
    return members;
  }

  private String string() {
    expect('"');
    StringBuilder out = new StringBuilder();
    while (true) {
      char ch = next();
      if (ch == '"') {
        return out.toString();
      } else if (ch < 0x20) {
        throw new IllegalArgumentException("control character in a string");
      } else if (ch == '\\') {
        out.append(escape());
      } else {
        out.append(ch);
      }
    }
  }

  private char escape() {
    char ch = next();
    return switch (ch) {
      case '"', '\\', '/' -> ch;
      case 'b' -> '\b';
      case 'f' -> '\f';
      case 'n' -> '\n';
      case 'r' -> '\r';
      case 't' -> '\t';
      case 'u' -> unicode();
      default -> throw new IllegalArgumentException("bad escape");
    };
  }

  private char unicode() {
    if (at + 4 > text.length()) {
      throw new IllegalArgumentException("short \\u escape");
    }
    String hex = text.substring(at, at + 4);
    at += 4;
    if (!hex.matches("[0-9a-fA-F]{4}")) {
      throw new IllegalArgumentException("bad \\u escape");
    }
    return (char) Integer.parseInt(hex, 16);
  }

  private void space() {
    while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
  }

  private char peek() {
    return at < text.length() ? text.charAt(at) : '\0';
  }

  private char next() {
    if (at >= text.length()) {
      throw new IllegalArgumentException("unexpected end");
    }
    return text.charAt(at++);
  }

  private boolean accept(char ch) {
    if (peek() == ch && at < text.length()) {
      at++;
      return true;
    }
    return false;
  }

  private void expect(char ch) {
    if (!accept(ch)) {
      throw new IllegalArgumentException("expected " + ch);
    }
  }
}
