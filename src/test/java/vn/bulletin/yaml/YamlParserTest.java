package vn.bulletin.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class YamlParserTest {
  private final YamlParser parser = new YamlParser();

  @Test
  void plainMapKeepsEntriesInOrderWithPositions() throws Exception {
    YamlMap map =
        parser.parseMap(
            """
        title: Hàm Cần đón Tết
        date: 2024-09-19
        footer:
          phone: 0252 3999 999
        """);

    assertThat(map.entries())
        .extracting(YamlMap.Entry::key)
        .containsExactly("title", "date", "footer");
    assertThat(map.entries()).extracting(YamlMap.Entry::lineNumber).containsExactly(1, 2, 3);
    assertThat(map.entries()).extracting(YamlMap.Entry::columnNumber).containsExactly(1, 1, 1);
    assertThat(map.find("title").orElseThrow().value())
        .isEqualTo(new YamlScalar("Hàm Cần đón Tết", "str", 1, 8));
    YamlMap footer = (YamlMap) map.find("footer").orElseThrow().value();
    YamlMap.Entry phone = footer.find("phone").orElseThrow();
    assertThat(phone.lineNumber()).isEqualTo(4);
    assertThat(phone.columnNumber()).isEqualTo(3);
    assertThat(phone.value()).isEqualTo(new YamlScalar("0252 3999 999", "str", 4, 10));
  }

  @Test
  void duplicateKeyIsRefusedAtItsSecondLine() {
    YamlSyntaxException e =
        refused(
            """
        title: Một
        date: 2024-09-19
        title: Hai
        """);

    assertThat(e).hasMessage("field \"title\" is given twice");
    assertThat(e.lineNumber()).isEqualTo(3);
    assertThat(e.columnNumber()).isEqualTo(1);
  }

  @Test
  void escapeWithoutHexDigitsIsASyntaxErrorNotACrash() {
    // Found by FrontMatterFuzzTest: SnakeYAML Engine threw NumberFormatException here.
    YamlSyntaxException e = refused("title: \"\\x");

    assertThat(e)
        .hasMessage("malformed YAML: an escape such as \\x41 or \\u00E0 lacks its hex digits");
  }

  @Test
  void tagItCannotReadIsASyntaxErrorNotACrash() {
    // Found by FrontMatterFuzzTest: SnakeYAML Engine threw IllegalArgumentException here.
    YamlSyntaxException e = refused("tags: [[[[[!%1");

    assertThat(e).hasMessage("malformed YAML: Tag must not contain leading or trailing spaces.");
  }

  @Test
  void anchorsAndAliasesAreRefused() {
    YamlSyntaxException e =
        refused(
            """
        a: &ten Hàm Cần
        b: *ten
        """);

    assertThat(e.getMessage()).contains("anchors and aliases");
    assertThat(e.lineNumber()).isEqualTo(1);
  }

  @Test
  void billionLaughsIsRefused() {
    YamlSyntaxException e =
        refused(
            """
        a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
        b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
        c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
        d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
        e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
        f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
        g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
        h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
        i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
        """);

    assertThat(e.getMessage()).contains("anchors and aliases");
  }

  @Test
  void javaClassTagOnScalarIsRefused() {
    YamlSyntaxException e = refused("link: !!java.net.URL https://example.vn/\n");

    assertThat(e).hasMessage("YAML tag \"!!java.net.URL\" is not allowed");
    assertThat(e.lineNumber()).isEqualTo(1);
  }

  @Test
  void javaClassTagOnListIsRefused() {
    YamlSyntaxException e = refused("link: !!java.net.URL [\"https://example.vn/\"]\n");

    assertThat(e.getMessage()).contains("java.net.URL").contains("is not allowed");
    assertThat(e.lineNumber()).isEqualTo(1);
  }

  @Test
  void javaClassTagOnMapIsRefused() {
    YamlSyntaxException e =
        refused(
            """
        site: !!javax.script.ScriptEngineManager
          name: x
        """);

    assertThat(e.getMessage())
        .contains("javax.script.ScriptEngineManager")
        .contains("is not allowed");
  }

  @Test
  void localTagIsRefused() {
    YamlSyntaxException e = refused("title: !vn Hàm Cần\n");

    assertThat(e).hasMessage("YAML tag \"!vn\" is not allowed");
  }

  @Test
  void tabIndentationIsRefusedWithItsLine() {
    YamlSyntaxException e = refused("site:\n\tname: Bản tin\n");

    assertThat(e).hasMessage("a tab is used for indentation; indent with spaces");
    assertThat(e.lineNumber()).isEqualTo(2);
  }

  @Test
  void yesAndNoStayText() throws Exception {
    YamlMap map = parser.parseMap("a: no\nb: yes\nc: on\n");

    assertThat(map.entries())
        .extracting(entry -> ((YamlScalar) entry.value()).type())
        .containsExactly("str", "str", "str");
    assertThat(((YamlScalar) map.find("a").orElseThrow().value()).value()).isEqualTo("no");
  }

  @Test
  void trueIsBool() throws Exception {
    YamlMap map = parser.parseMap("draft: true\n");

    assertThat(map.find("draft").orElseThrow().value())
        .isEqualTo(new YamlScalar("true", "bool", 1, 8));
  }

  @Test
  void numberKeepsItsWrittenForm() throws Exception {
    YamlMap map = parser.parseMap("version: 1.10\ncount: 007\n");

    assertThat(map.find("version").orElseThrow().value())
        .isEqualTo(new YamlScalar("1.10", "float", 1, 10));
    assertThat(((YamlScalar) map.find("count").orElseThrow().value()).value()).isEqualTo("007");
  }

  @Test
  void emptyValueIsNull() throws Exception {
    YamlMap map = parser.parseMap("summary:\n");

    assertThat(((YamlScalar) map.find("summary").orElseThrow().value()).isNull()).isTrue();
  }

  @Test
  void topLevelListIsRefused() {
    YamlSyntaxException e = refused("- title\n- date\n");

    assertThat(e).hasMessage("expected fields written as \"name: value\", found a list");
    assertThat(e.lineNumber()).isEqualTo(1);
    assertThat(e.columnNumber()).isEqualTo(1);
  }

  @Test
  void topLevelTextIsRefused() {
    YamlSyntaxException e = refused("chỉ có chữ\n");

    assertThat(e).hasMessage("expected fields written as \"name: value\", found text");
  }

  @Test
  void emptyTextIsEmptyMap() throws Exception {
    assertThat(parser.parseMap("").entries()).isEmpty();
    assertThat(parser.parseMap("# chỉ có ghi chú\n").entries()).isEmpty();
  }

  @Test
  void unclosedQuoteIsMalformedWithALine() {
    YamlSyntaxException e = refused("title: \"Hàm Cần\ndate: 2024-09-19\n");

    assertThat(e.getMessage()).startsWith("malformed YAML: ");
    assertThat(e.lineNumber()).isPositive();
  }

  private YamlSyntaxException refused(String text) {
    YamlSyntaxException e =
        catchThrowableOfType(YamlSyntaxException.class, () -> parser.parseMap(text));
    assertThat(e).as("refused: %s", text).isNotNull();
    return e;
  }
}
