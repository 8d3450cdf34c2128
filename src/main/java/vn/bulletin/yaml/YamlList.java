package vn.bulletin.yaml;

import java.util.List;

/** A YAML sequence. */
public record YamlList(List<YamlNode> items, int lineNumber, int columnNumber) implements YamlNode {
  public YamlList {
    items = List.copyOf(items);
  }

  @Override
  public String kindName() {
    return "a list";
  }
}
