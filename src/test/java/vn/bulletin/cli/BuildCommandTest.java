package vn.bulletin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code bulletin build} prints: the summary, {@code --quiet}, and the progress line on a
 * terminal.
 */
class BuildCommandTest {
  @TempDir Path dir;

  record Run(int exitCode, String out, String err) {}

  @BeforeEach
  void site() throws IOException {
    write(
        "bulletin.yaml",
        """
        site:
          name: "Bản tin thử"
          base-url: "https://bantin.example.gov.vn/"
        categories:
          - name: "Tin tức - Sự kiện"
        """);
    write(
        "content/tin/mot.md",
        "---\ntitle: \"Bài một\"\ndate: 2024-09-19\ncategory: \"Tin tức - Sự kiện\"\n---\n\nMột.\n");
    write(
        "content/tin/hai.md",
        "---\ntitle: \"Bài hai\"\ndate: 2024-09-20\ncategory: \"Tin tức - Sự kiện\"\n---\n\nHai.\n");
  }

  @Test
  void summaryTellsItemsPagesTimeThenFolderFilesAndChanges() {
    Run run = build(false);

    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).matches("2 bài · \\d+ trang · \\d+,\\d+ s");
    assertThat(lines.get(1))
        .matches(
            Pattern.quote(dir.resolve("site").toString())
                + ": \\d+ tệp, \\d+ mới hoặc đã đổi · tìm kiếm \\d+,\\d\\d s");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void summaryCountsThePagesThePlanListed() {
    Run run = build(false, "--verbose");

    String plan = run.out().lines().filter(l -> l.startsWith("plan: ")).findFirst().orElseThrow();
    String pages = plan.replaceFirst("plan: \\d+ items published, (\\d+) pages, .*", "$1");
    assertThat(pages).isEqualTo("10");
    assertThat(run.out()).contains("\n2 bài · 10 trang · ");
  }

  @Test
  void quietBuildPrintsNothingOnSuccess() {
    Run run = build(false, "--quiet");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEmpty();
    assertThat(dir.resolve("site/index.html")).exists();
  }

  @Test
  void quietBuildOnATerminalDrawsNoProgressEither() {
    Run run = build(true, "--quiet");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEmpty();
  }

  @Test
  void quietBuildStillTellsWarningsAndErrors() throws IOException {
    write(
        "content/tin/ba.md",
        "---\ntitle: \"Bài ba\"\ndate: 2024-09-21\ncategory: \"Tin tức - Sự kiện\"\n---\n\n"
            + "<b>in đậm</b>\n");
    Run warned = build(false, "--quiet");
    write(
        "content/tin/hong.md",
        "---\ntitle: \"Hỏng\"\ndate: \"ngày 30/02\"\ncategory: \"Tin tức - Sự kiện\"\n---\n");
    Run failed = build(false, "--quiet");

    assertThat(warned.exitCode()).isZero();
    assertThat(warned.out()).isEmpty();
    assertThat(warned.err()).contains("content/tin/ba.md:7: warning: raw HTML is not rendered");
    assertThat(failed.exitCode()).isEqualTo(ExitCode.CONTENT_ERROR);
    assertThat(failed.out()).isEmpty();
    assertThat(failed.err())
        .contains("content/tin/hong.md:3:7: error:")
        .endsWith("nothing was published.\n");
  }

  @Test
  void quietWithVerboseIsAUsageError() {
    Run run = build(false, "--quiet", "--verbose");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE_ERROR);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo("error: --quiet and --verbose ask for opposite things; choose one\n");
    assertThat(dir.resolve("site")).doesNotExist();
  }

  @Test
  void withoutATerminalNoProgressLineIsDrawn() {
    Run run = build(false, "--verbose");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).doesNotContain("\r").doesNotContain("Đang dựng");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void onATerminalTheProgressLineIsDrawnOnStderrAndErasedBeforeTheSummary() {
    Run run = build(true);

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err())
        .startsWith("\rĐang dựng: ")
        .contains("/2 bài")
        .contains(" trang")
        .matches("(?s).*\\r +\\r");
    assertThat(run.out()).startsWith("2 bài · ").doesNotContain("\r");
  }

  @Test
  void onATerminalVerboseStepLinesGoToStdoutWhileTheLineIsErased() {
    Run run = build(true, "--verbose");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().lines().limit(3))
        .containsExactly(
            "load: 2 items, 0 pages read, 0 unread (unchanged), 0 other files",
            "parse: 2 items, 0 pages (2 parsed, 0 from the cache)",
            "plan: 2 items published, 10 pages, 0 files to copy, 0 photos");
    assertThat(run.err())
        .contains("\rĐang dựng: 2/2 bài · 10/10 trang · lập chỉ mục tìm kiếm")
        .contains("\rĐang dựng: 2/2 bài · 10/10 trang · xuất bản")
        .matches("(?s).*\\r +\\r");
  }

  private Run build(boolean terminal, String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of("build", "--source", dir.toString(), "--clock", "2026-01-01T00:00:00Z"));
    args.addAll(List.of(extra));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.execute(
            args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), terminal);
    return new Run(code, out.toString(), err.toString());
  }

  private void write(String path, String text) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
