package vn.bulletin.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.bulletin.diagnostic.Diagnostic;
import vn.bulletin.diagnostic.Severity;
import vn.bulletin.yaml.YamlMap;

class FrontMatterParserTest {
  private final FrontMatterParser parser = new FrontMatterParser();
  private final List<Diagnostic> problems = new ArrayList<>();

  private Optional<FrontMatter> parse(String text) {
    return parser.parse(SourceFile.of("content/a.md", "a.md", text), problems);
  }

  @Test
  void missingOpeningFenceIsReportedAtLineOne() {
    assertThat(parse("title: Hàm Cần\n\nNội dung.\n")).isEmpty();

    assertThat(problems)
        .containsExactly(
            new Diagnostic(
                Severity.ERROR,
                "content/a.md",
                1,
                1,
                14,
                "front matter is missing",
                "title: Hàm Cần",
                "start the file with a line \"---\", the fields (title:, date:, category:), and another \"---\""));
  }

  @Test
  void emptyFileHasMissingFrontMatter() {
    assertThat(parse("")).isEmpty();

    assertThat(problems)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.message()).isEqualTo("front matter is missing");
              assertThat(d.lineNumber()).isEqualTo(1);
            });
  }

  @Test
  void unclosedFrontMatterIsReported() {
    assertThat(parse("---\ntitle: Hàm Cần\n\nNội dung.\n")).isEmpty();

    assertThat(problems)
        .containsExactly(
            new Diagnostic(
                Severity.ERROR,
                "content/a.md",
                1,
                1,
                3,
                "front matter is not closed",
                "---",
                "end the fields with a line \"---\" before the text of the item"));
  }

  @Test
  void yamlErrorIsReportedAtItsFileLine() {
    assertThat(parse("---\ntitle: Một\ntitle: Hai\n---\nNội dung.\n")).isEmpty();

    assertThat(problems)
        .containsExactly(
            new Diagnostic(
                Severity.ERROR,
                "content/a.md",
                3,
                1,
                1,
                "field \"title\" is given twice",
                "title: Hai",
                ""));
  }

  @Test
  void bodyFollowsTheClosingFence() {
    FrontMatter fm =
        parse("---\ntitle: Hàm Cần\ndate: 2024-09-19\n---\nĐoạn một.\n\nĐoạn hai.\n").orElseThrow();

    assertThat(problems).isEmpty();
    assertThat(fm.fields().entries())
        .extracting(YamlMap.Entry::key)
        .containsExactly("title", "date");
    assertThat(fm.fields().entries()).extracting(YamlMap.Entry::lineNumber).containsExactly(1, 2);
    assertThat(fm.yamlLineOffset()).isEqualTo(1);
    assertThat(fm.body()).isEqualTo("Đoạn một.\n\nĐoạn hai.");
    assertThat(fm.bodyLineOffset()).isEqualTo(4);
  }

  @Test
  void threeDotsAlsoCloseFrontMatter() {
    FrontMatter fm = parse("---\ntitle: Hàm Cần\n...\nNội dung.\n").orElseThrow();

    assertThat(problems).isEmpty();
    assertThat(fm.fields().find("title")).isPresent();
    assertThat(fm.body()).isEqualTo("Nội dung.");
    assertThat(fm.bodyLineOffset()).isEqualTo(3);
  }

  @Test
  void emptyFrontMatterGivesNoFields() {
    FrontMatter fm = parse("---\n---\nNội dung.\n").orElseThrow();

    assertThat(fm.fields().entries()).isEmpty();
    assertThat(fm.body()).isEqualTo("Nội dung.");
    assertThat(fm.bodyLineOffset()).isEqualTo(2);
  }
}
