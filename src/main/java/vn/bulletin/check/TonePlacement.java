package vn.bulletin.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.bulletin.content.SourceFile;
import vn.bulletin.diagnostic.Diagnostic;

/**
 * Finds items that place tone marks two ways. Syllables ending in "oa", "oe" or "uy" take the mark
 * on the first vowel in the new style (hòa, khỏe, thủy) and on the second in the old one (hoà,
 * khoẻ, thuỷ); both are correct, but one item should keep to one. After "q" the "u" is part of the
 * consonant (quý), so those syllables are not counted.
 */
final class TonePlacement {
  private static final Pattern OLD =
      Pattern.compile(
          "(?<![\\p{L}q])[\\p{L}&&[^q]]*?(?:o[àáảãạ]|o[èéẻẽẹ]|(?<!q)u[ỳýỷỹỵ])(?!\\p{L})");
  private static final Pattern NEW =
      Pattern.compile(
          "(?<![\\p{L}q])[\\p{L}&&[^q]]*?(?:[òóỏõọ]a|[òóỏõọ]e|(?<!q)[ùúủũụ]y)(?!\\p{L})");

  /** One syllable as written, with its 1-based line and column. */
  private record Use(String word, int lineNumber, int columnNumber, String line) {}

  Optional<Diagnostic> find(SourceFile source) {
    List<Use> old = uses(source, OLD);
    List<Use> fresh = uses(source, NEW);
    if (old.isEmpty() || fresh.isEmpty()) {
      return Optional.empty();
    }
    boolean oldIsUsual =
        old.size() > fresh.size()
            || old.size() == fresh.size() && isBefore(old.get(0), fresh.get(0));
    Use usual = oldIsUsual ? old.get(0) : fresh.get(0);
    Use odd = oldIsUsual ? fresh.get(0) : old.get(0);
    return Optional.of(
        Diagnostic.warning(
                source.path(),
                "tone marks are placed two ways in this file: \""
                    + odd.word()
                    + "\" here, \""
                    + usual.word()
                    + "\" on line "
                    + usual.lineNumber())
            .at(
                odd.lineNumber(),
                odd.columnNumber(),
                odd.word().codePointCount(0, odd.word().length()),
                odd.line())
            .withHint(
                oldIsUsual
                    ? "keep to one style, here the old one: hoà, khoẻ, thuỷ"
                    : "keep to one style, here the new one: hòa, khỏe, thủy"));
  }

  private static List<Use> uses(SourceFile source, Pattern pattern) {
    List<Use> uses = new ArrayList<>();
    int count = source.lines().size();
    for (int i = 1; i <= count; i++) {
      String line = source.line(i);
      Matcher m = pattern.matcher(line.toLowerCase(Locale.ROOT));
      while (m.find()) {
        uses.add(
            new Use(
                line.substring(m.start(), m.end()),
                i,
                line.codePointCount(0, m.start()) + 1,
                line));
      }
    }
    return uses;
  }

  private static boolean isBefore(Use a, Use b) {
    return a.lineNumber() < b.lineNumber()
        || a.lineNumber() == b.lineNumber() && a.columnNumber() < b.columnNumber();
  }
}
