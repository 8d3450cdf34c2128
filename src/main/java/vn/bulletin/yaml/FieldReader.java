package vn.bulletin.yaml;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.IntFunction;
import vn.bulletin.diagnostic.Diagnostic;
import vn.bulletin.diagnostic.Suggestion;

/**
 * Reads typed fields out of a {@link YamlMap}, turning each wrong or unknown field into a
 * diagnostic that points at it in the file, and going on so that all problems are found at once.
 */
public final class FieldReader {
  private final String path;
  private final int lineOffset;
  private final IntFunction<String> lineText;
  private final List<Diagnostic> found = new ArrayList<>();

  /**
   * @param path the file, relative to the project
   * @param lineOffset how many lines of the file come before the parsed YAML text
   * @param lineText the text of a 1-based line of the file
   */
  public FieldReader(String path, int lineOffset, IntFunction<String> lineText) {
    this.path = path;
    this.lineOffset = lineOffset;
    this.lineText = lineText;
  }

  public List<Diagnostic> diagnostics() {
    return List.copyOf(found);
  }

  /** Reports every key that is not allowed, suggesting the closest allowed one. */
  public void rejectUnknown(YamlMap map, Collection<String> allowed, String what) {
    for (YamlMap.Entry entry : map.entries()) {
      if (allowed.contains(entry.key())) {
        continue;
      }
      Diagnostic d =
          at(
              entry.lineNumber(),
              entry.columnNumber(),
              entry.key().length(),
              "unknown " + what + " \"" + entry.key() + "\"");
      Optional<String> close = Suggestion.closest(entry.key(), allowed);
      found.add(
          close
              .map(c -> d.withHint("did you mean \"" + c + "\"?"))
              .orElse(
                  d.withHint("allowed: " + String.join(", ", allowed.stream().sorted().toList()))));
    }
  }

  public Optional<String> text(YamlMap map, String key) {
    Optional<YamlScalar> scalar = scalar(map, key, "text");
    OptionalInt bad =
        scalar.map(s -> ControlCharacters.first(s.value())).orElse(OptionalInt.empty());
    if (bad.isPresent()) {
      // YAML escapes ("\x01", "\uD800") can write what no feed or page may hold.
      found.add(
          error(
                  scalar.get(),
                  "field \""
                      + key
                      + "\" holds "
                      + ControlCharacters.name(scalar.get().value(), bad.getAsInt())
                      + ", a character that pages and feeds cannot hold")
              .withHint("remove it; it often comes with text pasted from PDF"));
      return Optional.empty();
    }
    return scalar.map(s -> s.value().strip());
  }

  /** A field that must be present and not blank; reports it against {@code owner} if missing. */
  public Optional<String> requireText(YamlMap map, String key, int ownerLine) {
    Optional<String> value = text(map, key);
    if (value.isEmpty() && map.find(key).isEmpty()) {
      found.add(at(ownerLine - lineOffset, 0, 0, "missing required field \"" + key + "\""));
    } else if (value.isPresent() && value.get().isEmpty()) {
      YamlNode node = map.find(key).orElseThrow().value();
      found.add(error(node, "field \"" + key + "\" is empty"));
      return Optional.empty();
    }
    return value;
  }

  public Optional<Boolean> bool(YamlMap map, String key) {
    Optional<YamlScalar> scalar = scalar(map, key, "true or false");
    if (scalar.isEmpty()) {
      return Optional.empty();
    }
    if (!scalar.get().type().equals("bool")) {
      found.add(
          error(
              scalar.get(),
              "field \"" + key + "\" must be true or false, not \"" + scalar.get().value() + "\""));
      return Optional.empty();
    }
    return Optional.of(
        Boolean.parseBoolean(scalar.get().value().toLowerCase(java.util.Locale.ROOT)));
  }

  public OptionalInt positiveInt(YamlMap map, String key) {
    Optional<YamlScalar> scalar = scalar(map, key, "a whole number");
    if (scalar.isEmpty()) {
      return OptionalInt.empty();
    }
    String raw = scalar.get().value();
    if (scalar.get().type().equals("int")
        && raw.matches("[0-9]{1,9}")
        && Integer.parseInt(raw) > 0) {
      return OptionalInt.of(Integer.parseInt(raw));
    }
    found.add(
        error(
            scalar.get(),
            "field \"" + key + "\" must be a whole number above 0, not \"" + raw + "\""));
    return OptionalInt.empty();
  }

  /** A list of texts; a single text is taken as a list of one. */
  public List<String> textList(YamlMap map, String key) {
    Optional<YamlMap.Entry> entry = map.find(key);
    if (entry.isEmpty() || isNull(entry.get().value())) {
      return List.of();
    }
    YamlNode node = entry.get().value();
    if (node instanceof YamlScalar scalar) {
      return List.of(scalar.value().strip());
    }
    if (!(node instanceof YamlList list)) {
      found.add(error(node, "field \"" + key + "\" must be a list of texts"));
      return List.of();
    }
    List<String> values = new ArrayList<>();
    for (YamlNode item : list.items()) {
      if (item instanceof YamlScalar scalar && !scalar.isNull()) {
        values.add(scalar.value().strip());
      } else {
        found.add(
            error(item, "each entry of \"" + key + "\" must be text, not " + item.kindName()));
      }
    }
    return values;
  }

  public Optional<YamlMap> map(YamlMap map, String key) {
    return node(map, key, YamlMap.class, "a group of fields");
  }

  public Optional<YamlList> list(YamlMap map, String key) {
    return node(map, key, YamlList.class, "a list");
  }

  /** A diagnostic pointing at a node, for checks the caller makes on a value. */
  public Diagnostic error(YamlNode node, String message) {
    int width = 1;
    if (node instanceof YamlScalar s) {
      String line = lineText.apply(node.lineNumber() + lineOffset);
      int at = node.columnNumber() - 1;
      boolean quoted =
          at >= 0 && at < line.length() && (line.charAt(at) == '"' || line.charAt(at) == '\'');
      width = Math.max(1, s.value().length() + (quoted ? 2 : 0));
    }
    return at(node.lineNumber(), node.columnNumber(), width, message);
  }

  public void report(Diagnostic diagnostic) {
    found.add(diagnostic);
  }

  private Optional<YamlScalar> scalar(YamlMap map, String key, String expected) {
    Optional<YamlMap.Entry> entry = map.find(key);
    if (entry.isEmpty() || isNull(entry.get().value())) {
      return Optional.empty();
    }
    if (entry.get().value() instanceof YamlScalar scalar) {
      return Optional.of(scalar);
    }
    found.add(
        error(
            entry.get().value(),
            "field \""
                + key
                + "\" must be "
                + expected
                + ", not "
                + entry.get().value().kindName()));
    return Optional.empty();
  }

  private <T extends YamlNode> Optional<T> node(
      YamlMap map, String key, Class<T> type, String kind) {
    Optional<YamlMap.Entry> entry = map.find(key);
    if (entry.isEmpty() || isNull(entry.get().value())) {
      return Optional.empty();
    }
    YamlNode value = entry.get().value();
    if (type.isInstance(value)) {
      return Optional.of(type.cast(value));
    }
    found.add(error(value, "field \"" + key + "\" must be " + kind + ", not " + value.kindName()));
    return Optional.empty();
  }

  private static boolean isNull(YamlNode node) {
    return node instanceof YamlScalar scalar && scalar.isNull();
  }

  private Diagnostic at(int yamlLine, int column, int width, String message) {
    int line = yamlLine + lineOffset;
    return Diagnostic.error(path, message).at(line, column, width, lineText.apply(line));
  }
}
