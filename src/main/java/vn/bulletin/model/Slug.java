package vn.bulletin.model;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Turns Vietnamese text into a URL segment of {@code [a-z0-9-]}: "Tin tức - Sự kiện" becomes
 * "tin-tuc-su-kien" and "Đường" becomes "duong".
 */
public final class Slug {
  /** Slugs are cut at a word boundary at about this length, so URLs stay readable. */
  static final int MAX_LENGTH = 80;

  private Slug() {}

  public static String of(String text) {
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
    // NFD leaves đ/Đ whole (they have no decomposition), so they are mapped by hand first.
    String mapped = nfc.replace('đ', 'd').replace('Đ', 'D').replace('Ð', 'D').replace('ð', 'd');
    String stripped = Normalizer.normalize(mapped, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    String hyphenated = stripped.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    return cut(trimHyphens(hyphenated));
  }

  /** Whether a text is already a slug as {@link #of} would make it. */
  public static boolean isValid(String text) {
    return !text.isEmpty() && text.equals(of(text));
  }

  private static String cut(String slug) {
    if (slug.length() <= MAX_LENGTH) {
      return slug;
    }
    int boundary = slug.lastIndexOf('-', MAX_LENGTH);
    return trimHyphens(boundary > 0 ? slug.substring(0, boundary) : slug.substring(0, MAX_LENGTH));
  }

  private static String trimHyphens(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && text.charAt(start) == '-') {
      start++;
    }
    while (end > start && text.charAt(end - 1) == '-') {
      end--;
    }
    return text.substring(start, end);
  }
}
