package vn.bulletin.yaml;

/**
 * A scalar value as written, with the type YAML's core schema gives it.
 *
 * @param type one of {@code str}, {@code int}, {@code float}, {@code bool}, {@code null}
 */
public record YamlScalar(String value, String type, int lineNumber, int columnNumber)
    implements YamlNode {

  public boolean isNull() {
    return type.equals("null");
  }

  @Override
  public String kindName() {
    return switch (type) {
      case "int", "float" -> "a number";
      case "bool" -> "true/false";
      case "null" -> "nothing";
      default -> "text";
    };
  }
}
