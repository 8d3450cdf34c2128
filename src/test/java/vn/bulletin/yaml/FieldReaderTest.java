package vn.bulletin.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.bulletin.diagnostic.Diagnostic;
import vn.bulletin.diagnostic.Severity;

class FieldReaderTest {
  private static final String PATH = "content/tin-tuc/ham-can.md";
  private static final Set<String> ITEM_FIELDS =
      Set.of("title", "date", "category", "tags", "summary");

  /** Parses the YAML of a file "---\n" + yaml + "---\n", as front matter does (one line before). */
  private static Fixture fixture(String yaml) throws YamlSyntaxException {
    List<String> lines = ("---\n" + yaml + "---\n").lines().toList();
    FieldReader reader =
        new FieldReader(PATH, 1, n -> n >= 1 && n <= lines.size() ? lines.get(n - 1) : "");
    return new Fixture(new YamlParser().parseMap(yaml), reader);
  }

  private record Fixture(YamlMap map, FieldReader reader) {}

  @Test
  void unknownKeyIsReportedAtItsFileLineWithSuggestion() throws Exception {
    Fixture f =
        fixture(
            """
        title: Hàm Cần
        date: 2024-09-19
        categry: Tin tức - Sự kiện
        """);

    f.reader().rejectUnknown(f.map(), ITEM_FIELDS, "field");

    assertThat(f.reader().diagnostics())
        .containsExactly(
            new Diagnostic(
                Severity.ERROR,
                PATH,
                4,
                1,
                7,
                "unknown field \"categry\"",
                "categry: Tin tức - Sự kiện",
                "did you mean \"category\"?"));
  }

  @Test
  void unknownKeyFarFromAllListsTheAllowedOnes() throws Exception {
    Fixture f = fixture("xyz: 1\n");

    f.reader().rejectUnknown(f.map(), ITEM_FIELDS, "field");

    assertThat(f.reader().diagnostics())
        .singleElement()
        .extracting(Diagnostic::hint)
        .isEqualTo("allowed: category, date, summary, tags, title");
  }

  @Test
  void knownKeysAreNotReported() throws Exception {
    Fixture f = fixture("title: a\ntags: b\n");

    f.reader().rejectUnknown(f.map(), ITEM_FIELDS, "field");

    assertThat(f.reader().diagnostics()).isEmpty();
  }

  @Test
  void requireTextReportsMissingFieldAtOwnerLine() throws Exception {
    Fixture f = fixture("date: 2024-09-19\n");

    assertThat(f.reader().requireText(f.map(), "title", 1)).isEmpty();

    assertThat(f.reader().diagnostics())
        .containsExactly(
            new Diagnostic(
                Severity.ERROR, PATH, 1, 0, 0, "missing required field \"title\"", "---", ""));
  }

  @Test
  void requireTextReportsBlankField() throws Exception {
    Fixture f = fixture("date: 2024-09-19\ntitle: \"  \"\n");

    assertThat(f.reader().requireText(f.map(), "title", 1)).isEmpty();

    assertThat(f.reader().diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.message()).isEqualTo("field \"title\" is empty");
              assertThat(d.lineNumber()).isEqualTo(3);
              assertThat(d.columnNumber()).isEqualTo(8);
            });
  }

  @Test
  void requireTextReturnsStrippedText() throws Exception {
    Fixture f = fixture("title: \"  Hàm Cần  \"\n");

    assertThat(f.reader().requireText(f.map(), "title", 1)).contains("Hàm Cần");
    assertThat(f.reader().diagnostics()).isEmpty();
  }

  @Test
  void boolRefusesYesAtItsValue() throws Exception {
    Fixture f = fixture("title: a\ndraft: yes\n");

    assertThat(f.reader().bool(f.map(), "draft")).isEmpty();

    assertThat(f.reader().diagnostics())
        .containsExactly(
            new Diagnostic(
                Severity.ERROR,
                PATH,
                3,
                8,
                3,
                "field \"draft\" must be true or false, not \"yes\"",
                "draft: yes",
                ""));
  }

  @Test
  void boolReadsTrueAndFalse() throws Exception {
    Fixture f = fixture("draft: true\nfeatured: false\n");

    assertThat(f.reader().bool(f.map(), "draft")).contains(true);
    assertThat(f.reader().bool(f.map(), "featured")).contains(false);
    assertThat(f.reader().bool(f.map(), "absent")).isEmpty();
    assertThat(f.reader().diagnostics()).isEmpty();
  }

  @Test
  void textListTakesASingleTextAsAListOfOne() throws Exception {
    Fixture f = fixture("tags: Kinh tế\n");

    assertThat(f.reader().textList(f.map(), "tags")).containsExactly("Kinh tế");
    assertThat(f.reader().diagnostics()).isEmpty();
  }

  @Test
  void textListReadsBlockAndFlowLists() throws Exception {
    Fixture f =
        fixture(
            """
        tags:
          - Kinh tế
          - " Nông nghiệp "
        other: [a, b]
        """);

    assertThat(f.reader().textList(f.map(), "tags")).containsExactly("Kinh tế", "Nông nghiệp");
    assertThat(f.reader().textList(f.map(), "other")).containsExactly("a", "b");
    assertThat(f.reader().textList(f.map(), "absent")).isEmpty();
    assertThat(f.reader().diagnostics()).isEmpty();
  }

  @Test
  void textListReportsANestedEntry() throws Exception {
    Fixture f = fixture("tags:\n  - a\n  - [b, c]\n");

    assertThat(f.reader().textList(f.map(), "tags")).containsExactly("a");
    assertThat(f.reader().diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.message()).isEqualTo("each entry of \"tags\" must be text, not a list");
              assertThat(d.lineNumber()).isEqualTo(4);
            });
  }

  @Test
  void positiveIntReadsAWholeNumber() throws Exception {
    Fixture f = fixture("page-size: 15\n");

    assertThat(f.reader().positiveInt(f.map(), "page-size")).hasValue(15);
    assertThat(f.reader().diagnostics()).isEmpty();
  }

  @Test
  void positiveIntRefusesZeroNegativeAndText() throws Exception {
    Fixture f = fixture("a: 0\nb: -1\nc: abc\n");

    assertThat(f.reader().positiveInt(f.map(), "a")).isEmpty();
    assertThat(f.reader().positiveInt(f.map(), "b")).isEmpty();
    assertThat(f.reader().positiveInt(f.map(), "c")).isEmpty();

    assertThat(f.reader().diagnostics())
        .extracting(Diagnostic::message)
        .containsExactly(
            "field \"a\" must be a whole number above 0, not \"0\"",
            "field \"b\" must be a whole number above 0, not \"-1\"",
            "field \"c\" must be a whole number above 0, not \"abc\"");
    assertThat(f.reader().diagnostics())
        .extracting(Diagnostic::lineNumber)
        .containsExactly(2, 3, 4);
    assertThat(f.reader().diagnostics()).extracting(Diagnostic::width).containsExactly(1, 2, 3);
  }
}
