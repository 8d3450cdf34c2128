package vn.bulletin.yaml;

import java.util.List;
import java.util.Optional;

/** A YAML mapping whose keys are plain strings, in document order. */
public record YamlMap(List<Entry> entries, int lineNumber, int columnNumber) implements YamlNode {

  /** One key with its position and value. */
  public record Entry(String key, int lineNumber, int columnNumber, YamlNode value) {}

  public YamlMap {
    entries = List.copyOf(entries);
  }

  public Optional<Entry> find(String key) {
    return entries.stream().filter(e -> e.key().equals(key)).findFirst();
  }

  @Override
  public String kindName() {
    return "a group of fields";
  }
}
