package vn.bulletin.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bulletin.pipeline.BuildResult;
import vn.bulletin.pipeline.BuildSession;
import vn.bulletin.testing.AttachmentFiles;
import vn.bulletin.testing.FileTrees;

/**
 * A rebuild after a document changes gives the site a clean build gives, and renders only the pages
 * that show what changed: its own, and the lists and "Văn bản khác" that show its abstract.
 */
class DocumentIncrementalBuildTest {
  // Made once: PDFBox stamps each file it writes with a new identifier, and both sites must hold
  // the same bytes.
  private static final java.util.Map<String, byte[]> PDFS =
      new java.util.concurrent.ConcurrentHashMap<>();

  @TempDir Path incremental;
  @TempDir Path clean;

  /** Four documents of two kinds, in two years; an item cites the first. */
  private static TestSite site(Path dir) {
    TestSite site = TestSite.in(dir);
    for (int i = 1; i <= 4; i++) {
      site.item(
              "content/van-ban/vb-" + i + "/index.md",
              document(i, "Trích yếu " + i, "Ghi chú " + i),
              "")
          .bytes("content/van-ban/vb-" + i + "/toan-van.pdf", pdf(1, "Toàn văn số " + i));
    }
    site.item(
        "content/tin/a.md",
        """
        title: "Tin dẫn văn bản"
        date: 2024-09-19T09:00:00+07:00
        category: "Tin tức - Sự kiện"
        van-ban: ["1/KH-UBND"]
        """,
        "Nội dung.\n");
    age(dir);
    return site;
  }

  private static String document(int i, String summary, String note) {
    return """
        so-ky-hieu: "%d/%s-UBND"
        loai: "%s"
        co-quan: "Ủy ban nhân dân tỉnh"
        ngay-ban-hanh: %d-0%d-10
        nguoi-ky: "Người ký"
        trich-yeu: "%s"
        linh-vuc: "Tổng hợp"
        files:
          - title: "Toàn văn"
            path: toan-van.pdf
        ---

        %s
        """
            .formatted(
                i,
                i % 2 == 1 ? "KH" : "TB",
                i % 2 == 1 ? "Kế hoạch" : "Thông báo",
                i <= 2 ? 2023 : 2024,
                i,
                summary,
                note)
            .replace("\n---\n\n" + note + "\n", "")
        + "\n---\n\n"
        + note;
  }

  private static byte[] pdf(int pages, String text) {
    return PDFS.computeIfAbsent(pages + text, k -> AttachmentFiles.pdf(pages, text));
  }

  private static void age(Path dir) {
    FileTime hourAgo = FileTime.from(Instant.now().minus(Duration.ofHours(1)));
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.setLastModifiedTime(file, hourAgo);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void rewrite(TestSite site, int i, String summary, String note) {
    site.file("content/van-ban/vb-" + i + "/index.md", "---\n" + document(i, summary, note) + "\n");
  }

  private BuildResult rebuildAfter(Consumer<TestSite> change) {
    TestSite before = site(incremental);
    BuildSession session = BuildSession.fromDisk();
    BuildResult first = before.build(session);
    assertThat(first.diagnostics()).as(first.diagnostics().toString()).isEmpty();
    change.accept(before);
    BuildResult rebuilt = before.build(session);
    assertThat(rebuilt.diagnostics()).isEmpty();

    TestSite fresh = site(clean);
    change.accept(fresh);
    assertThat(fresh.build().diagnostics()).isEmpty();
    assertThat(FileTrees.digest(before.out())).isEqualTo(FileTrees.digest(fresh.out()));
    return rebuilt;
  }

  @Test
  void editingANoteRendersOnlyTheDocumentsPage() {
    BuildResult result = rebuildAfter(s -> rewrite(s, 3, "Trích yếu 3", "Ghi chú đã sửa"));

    assertThat(result.work().read()).containsExactly("content/van-ban/vb-3/index.md");
    assertThat(result.work().rendered()).containsExactly("van-ban/vb-3/index.html");
  }

  @Test
  void editingAnAbstractRendersThePagesThatShowIt() {
    BuildResult result = rebuildAfter(s -> rewrite(s, 3, "Trích yếu đã sửa", "Ghi chú 3"));

    assertThat(result.work().read()).containsExactly("content/van-ban/vb-3/index.md");
    // Its page, the home page's "Văn bản mới", the lists that hold it (the first page of all, its
    // kind, issuing body, field and year), the section's feed, and vb-1, whose "Văn bản khác" lists
    // it
    // (by a summary that carries the abstract, though only its title shows).
    assertThat(result.work().rendered())
        .containsExactly(
            "index.html",
            "van-ban/co-quan/uy-ban-nhan-dan-tinh/index.html",
            "van-ban/index.html",
            "van-ban/linh-vuc/tong-hop/index.html",
            "van-ban/loai/ke-hoach/index.html",
            "van-ban/nam/2024/index.html",
            "van-ban/rss.xml",
            "van-ban/vb-1/index.html",
            "van-ban/vb-3/index.html");
  }

  @Test
  void replacingAnAttachedFileReadsItAgain() {
    BuildResult result =
        rebuildAfter(
            s ->
                s.bytes(
                    "content/van-ban/vb-2/toan-van.pdf",
                    pdf(3, "Toàn văn mới của văn bản số hai")));

    assertThat(result.work().rendered()).containsExactly("van-ban/vb-2/index.html");
  }
}
