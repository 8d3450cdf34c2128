package vn.bulletin.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticFormatterTest {
  private final DiagnosticFormatter formatter = new DiagnosticFormatter();

  private static Diagnostic unknownField() {
    return Diagnostic.error("content/tin-tuc/ham-can.md", "unknown field \"categry\"")
        .at(4, 1, 7, "categry: Tin tức - Sự kiện")
        .withHint("did you mean \"category\"?");
  }

  @Test
  void errorWithColumnShowsLineCaretAndHint() {
    assertThat(formatter.format(unknownField()))
        .isEqualTo(
            """
        content/tin-tuc/ham-can.md:4:1: error: unknown field "categry"
            4 | categry: Tin tức - Sự kiện
              | ^^^^^^^
        hint: did you mean "category"?
        """);
  }

  @Test
  void aContextFollowsTheMessageAndIsKeptApartFromIt() {
    Diagnostic d =
        Diagnostic.error("templates/article.ftlh", "\"item.autor\" is undefined")
            .at(27, 9, 1, "${item.autor}")
            .withContext("rendering content/tin-tuc/ham-can.md");

    assertThat(d.message()).isEqualTo("\"item.autor\" is undefined");
    assertThat(formatter.format(d))
        .isEqualTo(
            """
        templates/article.ftlh:27:9: error: "item.autor" is undefined (while rendering content/tin-tuc/ham-can.md)
            27 | ${item.autor}
               |         ^
        """);
  }

  @Test
  void caretLinesUpUnderTheColumnAfterVietnameseLetters() {
    Diagnostic d =
        Diagnostic.error("content/a.md", "date \"2024-02-30\" does not exist")
            .at(12, 12, 10, "ngày đăng: 2024-02-30");

    assertThat(formatter.format(d))
        .isEqualTo(
            """
        content/a.md:12:12: error: date "2024-02-30" does not exist
            12 | ngày đăng: 2024-02-30
               |            ^^^^^^^^^^
        """);
  }

  @Test
  void lineWithoutColumnShowsNoCaret() {
    Diagnostic d =
        Diagnostic.error("content/a.md", "missing required field \"title\"").atLine(1, "---");

    assertThat(formatter.format(d))
        .isEqualTo(
            """
        content/a.md:1: error: missing required field "title"
            1 | ---
        """);
  }

  @Test
  void fileLevelErrorIsPathThenMessage() {
    Diagnostic d = Diagnostic.error("bulletin.yaml", "file is not UTF-8; save it as UTF-8");

    assertThat(formatter.format(d))
        .isEqualTo("bulletin.yaml: error: file is not UTF-8; save it as UTF-8\n");
  }

  @Test
  void warningIsLabelledWarning() {
    Diagnostic d =
        Diagnostic.warning("content/a.md", "category \"Thể thao\" is not in bulletin.yaml");

    assertThat(formatter.format(d))
        .isEqualTo("content/a.md: warning: category \"Thể thao\" is not in bulletin.yaml\n");
  }

  @Test
  void formatAllEndsWithErrorCountAndOutcome() {
    Diagnostic second = Diagnostic.error("content/b.md", "front matter is missing");

    assertThat(formatter.formatAll(List.of(unknownField(), second), "nothing was published."))
        .isEqualTo(
            """
        content/tin-tuc/ham-can.md:4:1: error: unknown field "categry"
            4 | categry: Tin tức - Sự kiện
              | ^^^^^^^
        hint: did you mean "category"?
        content/b.md: error: front matter is missing
        2 errors; nothing was published.
        """);
  }

  @Test
  void formatAllCountsOneError() {
    List<Diagnostic> all = List.of(Diagnostic.error("a.md", "x"), Diagnostic.warning("b.md", "y"));

    assertThat(formatter.formatAll(all, "nothing was published."))
        .isEqualTo("a.md: error: x\nb.md: warning: y\n1 error; nothing was published.\n");
  }

  @Test
  void formatAllWithOnlyAWarningCountsIt() {
    assertThat(
            formatter.formatAll(List.of(Diagnostic.warning("a.md", "y")), "nothing was published."))
        .isEqualTo("a.md: warning: y\n1 warning\n");
  }

  @Test
  void formatAllOfNothingIsEmpty() {
    assertThat(formatter.formatAll(List.of(), "nothing was published.")).isEmpty();
  }

  @Test
  void formatAllShowsFiftyAndCountsTheRest() {
    List<Diagnostic> all = new ArrayList<>();
    StringBuilder expected = new StringBuilder();
    for (int i = 1; i <= 53; i++) {
      all.add(Diagnostic.error("content/" + i + ".md", "front matter is missing"));
      if (i <= 50) {
        expected.append("content/").append(i).append(".md: error: front matter is missing\n");
      }
    }
    expected.append("... and 3 more\n53 errors; nothing was published.\n");

    assertThat(formatter.formatAll(all, "nothing was published.")).isEqualTo(expected.toString());
  }
}
