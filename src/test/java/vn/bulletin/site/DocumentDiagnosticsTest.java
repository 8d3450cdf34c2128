package vn.bulletin.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bulletin.testing.AttachmentFiles;

/** A document's mistakes, and an item's citing a document that is not there, each at its line. */
class DocumentDiagnosticsTest {
  @TempDir Path dir;

  private TestSite site() {
    return TestSite.in(dir)
        .item("content/van-ban/tb-417/index.md", DocumentSiteTest.NOTICE, "")
        .bytes("content/van-ban/tb-417/417-tb-tu.pdf", AttachmentFiles.pdf(1, "Thong bao"));
  }

  private String failingBuild(TestSite site) {
    TestSite.Run run = site.cliBuild();
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(site.exists("index.html")).isFalse();
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    return run.err();
  }

  @Test
  void missingNumberIsNamed() {
    TestSite site =
        site()
            .item(
                "content/van-ban/tb-417/index.md",
                DocumentSiteTest.NOTICE.replace("so-ky-hieu: \"417-TB/TU\"\n", ""),
                "");

    assertThat(failingBuild(site))
        .isEqualTo(
            """
        content/van-ban/tb-417/index.md:1: error: missing required field "so-ky-hieu"
            1 | ---
        1 error; nothing was published.
        """);
  }

  @Test
  void malformedNumberIsShownWithTheFormsAllowed() {
    TestSite site =
        site()
            .item(
                "content/van-ban/tb-417/index.md",
                DocumentSiteTest.NOTICE.replace("\"417-TB/TU\"", "\"Số 417 TB TU\""),
                "");

    assertThat(failingBuild(site))
        .isEqualTo(
            """
        content/van-ban/tb-417/index.md:2:13: error: "so-ky-hieu" "Số 417 TB TU" is not a document number and symbol
            2 | so-ky-hieu: "Số 417 TB TU"
              |             ^^^^^^^^^^^^^^
        hint: write the number, then the symbol's parts joined by - or /, as on the document: 417-TB/TU, 15/QĐ-UBND, 42/2022/NĐ-CP
        1 error; nothing was published.
        """);
  }

  @Test
  void duplicatedNumberIsReportedOnBothDocuments() {
    TestSite site =
        site()
            .item(
                "content/van-ban/tb-417-ban-sao/index.md",
                DocumentSiteTest.NOTICE.replace("\"417-TB/TU\"", "\"417/TB-TU\""),
                "")
            .bytes(
                "content/van-ban/tb-417-ban-sao/417-tb-tu.pdf",
                AttachmentFiles.pdf(1, "Thong bao"));

    assertThat(failingBuild(site))
        .isEqualTo(
            """
        content/van-ban/tb-417-ban-sao/index.md:2:13: error: document number "417/TB-TU" is also that of content/van-ban/tb-417/index.md
            2 | so-ky-hieu: "417/TB-TU"
              |             ^^^^^^^^^^^
        hint: each document has its own number; correct one of them, or remove the copy
        content/van-ban/tb-417/index.md:2:13: error: document number "417-TB/TU" is also that of content/van-ban/tb-417-ban-sao/index.md
            2 | so-ky-hieu: "417-TB/TU"
              |             ^^^^^^^^^^^
        hint: each document has its own number; correct one of them, or remove the copy
        2 errors; nothing was published.
        """);
  }

  @Test
  void itemCitingAnUnknownNumberIsAnError() {
    TestSite site =
        site()
            .item(
                "content/tin/a.md",
                """
        title: "A"
        date: 2024-09-19
        category: "Tin tức - Sự kiện"
        van-ban: ["417-TB/TU", "471-TB/TU"]
        """,
                "x\n");

    assertThat(failingBuild(site))
        .isEqualTo(
            """
        content/tin/a.md:5:24: error: no document has the number "471-TB/TU"
            5 | van-ban: ["417-TB/TU", "471-TB/TU"]
              |                        ^^^^^^^^^^^
        hint: did you mean "417-TB/TU"?
        1 error; nothing was published.
        """);
  }

  @Test
  void missingFileIsAnErrorAtItsLine() {
    TestSite site = site().delete("content/van-ban/tb-417/417-tb-tu.pdf");

    assertThat(failingBuild(site))
        .isEqualTo(
            """
        content/van-ban/tb-417/index.md:11:11: error: file "417-tb-tu.pdf" not found beside the document
            11 |     path: 417-tb-tu.pdf
               |           ^^^^^^^^^^^^^
        hint: put it in content/van-ban/tb-417/ or correct its name
        1 error; nothing was published.
        """);
  }

  @Test
  void fileOverTheLimitIsAnError() {
    TestSite site =
        site()
            .file("bulletin.yaml", TestSite.CONFIG + "documents:\n  max-file-mb: 1\n")
            .bytes("content/van-ban/tb-417/417-tb-tu.pdf", new byte[1024 * 1024 + 1]);

    assertThat(failingBuild(site))
        .isEqualTo(
            """
        content/van-ban/tb-417/index.md:11:11: error: file "417-tb-tu.pdf" is 1,0 MB (1.048.577 bytes), over the limit of 1 MB
            11 |     path: 417-tb-tu.pdf
               |           ^^^^^^^^^^^^^
        hint: compress or split it, or raise documents: max-file-mb in bulletin.yaml
        1 error; nothing was published.
        """);
  }

  @Test
  void unknownKindSuggestsTheClosestOne() {
    TestSite site =
        site()
            .item(
                "content/van-ban/tb-417/index.md",
                DocumentSiteTest.NOTICE.replace("\"Thông báo\"", "\"Thong bao\""),
                "");

    assertThat(failingBuild(site))
        .isEqualTo(
            """
        content/van-ban/tb-417/index.md:3:7: error: kind "Thong bao" is not in bulletin.yaml
            3 | loai: "Thong bao"
              |       ^^^^^^^^^^^
        hint: did you mean "Thông báo"?
        1 error; nothing was published.
        """);
  }

  @Test
  void encryptedPdfIsPublishedWithoutItsTextAndAWarning() {
    TestSite site =
        site()
            .bytes("content/van-ban/tb-417/417-tb-tu.pdf", AttachmentFiles.encryptedPdf("bi mat"));

    TestSite.Run run = site.cliBuild();
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err())
        .isEqualTo(
            """
        content/van-ban/tb-417/index.md:11:11: warning: the text of "417-tb-tu.pdf" cannot be read: it is encrypted
            11 |     path: 417-tb-tu.pdf
               |           ^^^^^^^^^^^^^
        hint: it is published, but search does not find its words; attach a copy without a password
        1 warning
        """);
    assertThat(site.exists("van-ban/tb-417/417-tb-tu.pdf")).isTrue();
  }

  @Test
  void damagedPdfIsPublishedWithoutItsTextAndAWarning() {
    TestSite site =
        site().bytes("content/van-ban/tb-417/417-tb-tu.pdf", "%PDF-1.4\nnot a pdf".getBytes());

    TestSite.Run run = site.cliBuild();
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err())
        .isEqualTo(
            """
        content/van-ban/tb-417/index.md:11:11: warning: the text of "417-tb-tu.pdf" cannot be read: it is damaged (Missing root object specification in trailer.)
            11 |     path: 417-tb-tu.pdf
               |           ^^^^^^^^^^^^^
        hint: it is published, but search does not find its words; save it again from the program that made it
        1 warning
        """);
  }
}
