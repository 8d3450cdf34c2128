package vn.bulletin.yaml;

import java.util.Locale;
import java.util.OptionalInt;

/**
 * Characters that XML 1.0 (feeds, sitemaps) cannot hold and no page should: C0 controls other than
 * tab and newline, unpaired surrogates, and U+FFFE/U+FFFF. One of them makes a feed unreadable.
 */
public final class ControlCharacters {
  private ControlCharacters() {}

  /** The index of the first such character in {@code text}, if any. */
  public static OptionalInt first(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = c < 0x20 && c != '\t' && c != '\n' && c != '\r';
      boolean unpaired =
          Character.isHighSurrogate(c)
              ? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))
              : Character.isLowSurrogate(c)
                  && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
      if (control || unpaired || c == '\uFFFE' || c == '\uFFFF') {
        return OptionalInt.of(i);
      }
    }
    return OptionalInt.empty();
  }

  /** How a message names the character at {@code index}, e.g. {@code U+0001}. */
  public static String name(String text, int index) {
    return String.format(Locale.ROOT, "U+%04X", (int) text.charAt(index));
  }
}
