package vn.bulletin.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.bulletin.diagnostic.Diagnostic;

class OutputListTest {
  private static final String HINT = "give one of them a different \"slug:\" or file name";

  private static PageSpec page(String path, String source) {
    return new PageSpec(path, "article.ftlh", "", source);
  }

  @Test
  void twoContentFilesWithOneUrlAreEachReported() {
    OutputList out = new OutputList();
    out.add(page("tin/trung-lap/index.html", "content/tin/mot.md"));
    out.add(page("tin/trung-lap/index.html", "content/tin/hai.md"));

    assertThat(out.diagnostics())
        .containsExactly(
            Diagnostic.error(
                    "content/tin/mot.md",
                    "URL /tin/trung-lap/ is also the URL of content/tin/hai.md")
                .withHint(HINT),
            Diagnostic.error(
                    "content/tin/hai.md",
                    "URL /tin/trung-lap/ is also the URL of content/tin/mot.md")
                .withHint(HINT));
    assertThat(out.pages()).extracting(PageSpec::sourcePath).containsExactly("content/tin/mot.md");
  }

  @Test
  void aContentFileTakingAGeneratedUrlIsTheOneReported() {
    OutputList out = new OutputList();
    out.add(page("thong-bao/index.html", ""));
    out.add(page("thong-bao/index.html", "content/pages/thong-bao.md"));

    assertThat(out.diagnostics())
        .containsExactly(
            Diagnostic.error(
                    "content/pages/thong-bao.md",
                    "URL /thong-bao/ is also the URL of a generated page")
                .withHint(HINT));
  }

  @Test
  void aCopiedFileOnAnItemsUrlIsReportedOnTheItem() {
    OutputList out = new OutputList();
    out.add(page("tin/a/index.html", "content/tin/a.md"));
    out.addFile(new FileSpec("tin/a/index.html", Path.of("/du-an/content/tin/a/index.html")));

    assertThat(out.diagnostics())
        .containsExactly(
            Diagnostic.error(
                    "content/tin/a.md",
                    "URL /tin/a/ is also the URL of /du-an/content/tin/a/index.html")
                .withHint(HINT));
  }
}
