package vn.bulletin.yaml;

/** A node of a parsed YAML document with its 1-based position in the parsed text. */
public sealed interface YamlNode permits YamlMap, YamlList, YamlScalar {
  int lineNumber();

  int columnNumber();

  /** How an editor would name this kind of value in an error message. */
  String kindName();
}
