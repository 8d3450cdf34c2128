package vn.bulletin.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bulletin.pipeline.BuildResult;
import vn.bulletin.testing.Photos;

/** Photos as a visitor downloads them: copies in a few widths, upright, with no metadata. */
class PhotoSiteTest {
  private static final String ITEM = "content/tin/le-ky-ket/index.md";
  private static final String PAGE = "tin-tuc-su-kien/le-ky-ket/";

  @TempDir Path dir;

  private TestSite site() {
    return TestSite.in(dir)
        .item(
            ITEM,
            """
        title: "Lễ ký kết"
        date: 2024-09-19T09:00:00+07:00
        category: "Tin tức - Sự kiện"
        image: anh-1.jpg
        featured: true
        """,
            "Mở đầu.\n\n![Quang cảnh buổi lễ](anh-1.jpg)\n\n*Quang cảnh buổi lễ.*\n")
        .bytes(
            "content/tin/le-ky-ket/anh-1.jpg", Photos.cameraJpeg(Photos.noise(1600, 1200, 7), 6));
  }

  @Test
  void anArticleShowsTheCopiesWithTheirSizesAndNeverTheOriginal() {
    TestSite site = site();
    BuildResult result = site.build();
    assertThat(result.succeeded()).as(result.diagnostics().toString()).isTrue();

    Document page = Jsoup.parse(site.read(PAGE + "index.html"));
    Element img = page.selectFirst("article figure img");
    assertThat(img.attr("src")).isEqualTo("anh-1-1200.jpg");
    assertThat(img.attr("srcset"))
        .isEqualTo("anh-1-480.jpg 480w, anh-1-800.jpg 800w, anh-1-1200.jpg 1200w");
    assertThat(img.attr("sizes")).isEqualTo("(max-width: 768px) 100vw, 768px");
    // Upright: the camera stored it 1600 × 1200, turned a quarter.
    assertThat(img.attr("width")).isEqualTo("1200");
    assertThat(img.attr("height")).isEqualTo("1600");
    assertThat(site.files())
        .filteredOn(p -> p.startsWith(PAGE) && !p.endsWith(".html"))
        .containsExactlyInAnyOrder(
            PAGE + "anh-1-480.jpg",
            PAGE + "anh-1-800.jpg",
            PAGE + "anh-1-1200.jpg",
            PAGE + "anh-1-360x240.jpg",
            PAGE + "anh-1-720x480.jpg");

    Element card = Jsoup.parse(site.read("index.html")).selectFirst(".card-thumb");
    assertThat(card.attr("src")).isEqualTo("./" + PAGE + "anh-1-720x480.jpg");
    assertThat(card.attr("srcset"))
        .isEqualTo("./" + PAGE + "anh-1-360x240.jpg 360w, ./" + PAGE + "anh-1-720x480.jpg 720w");
    assertThat(card.attr("width")).isEqualTo("720");
    assertThat(card.attr("height")).isEqualTo("480");
  }

  @Test
  void noPublishedFileHoldsTheCameraOrItsPosition() {
    TestSite site = site();
    site.build();

    List<String> photos =
        site.files().stream().filter(p -> p.endsWith(".jpg") || p.endsWith(".png")).toList();
    assertThat(photos).hasSize(5);
    for (String photo : photos) {
      byte[] bytes = bytes(site.out().resolve(photo));
      assertThat(Photos.markers(bytes)).as(photo).doesNotContain(0xE1, 0xED, 0xE2);
      assertThat(new String(bytes, StandardCharsets.ISO_8859_1))
          .as(photo)
          .doesNotContain(
              "Exif",
              "http://ns.adobe.com",
              "8BIM",
              Photos.SERIAL,
              Photos.XMP_CREATOR,
              Photos.IPTC_KEYWORD);
    }
  }

  @Test
  void aTemplatesPhotoIsPublishedUnderItsOwnNameUprightAndWithoutMetadata() throws IOException {
    TestSite site =
        site()
            .bytes("templates/assets/logo.jpg", Photos.cameraJpeg(Photos.halves(400, 300), 6))
            .bytes("templates/assets/banner.png", Photos.png(Photos.screenshot(600, 120)));
    BuildResult result = site.build();
    assertThat(result.succeeded()).as(result.diagnostics().toString()).isTrue();

    byte[] logo = bytes(site.out().resolve("assets/logo.jpg"));
    assertThat(Photos.markers(logo)).doesNotContain(0xE1, 0xED, 0xE2);
    assertThat(new String(logo, StandardCharsets.ISO_8859_1))
        .doesNotContain(
            "Exif",
            "http://ns.adobe.com",
            "8BIM",
            Photos.SERIAL,
            Photos.XMP_CREATOR,
            Photos.IPTC_KEYWORD);
    java.awt.image.BufferedImage upright =
        javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(logo));
    assertThat(upright.getWidth()).isEqualTo(300);
    assertThat(upright.getHeight()).isEqualTo(400);
    java.awt.image.BufferedImage banner =
        javax.imageio.ImageIO.read(site.out().resolve("assets/banner.png").toFile());
    assertThat(banner.getWidth()).isEqualTo(600);
    assertThat(banner.getHeight()).isEqualTo(120);
    assertThat(site.files())
        .filteredOn(p -> p.startsWith("assets/logo") || p.startsWith("assets/banner"))
        .containsExactlyInAnyOrder("assets/logo.jpg", "assets/banner.png");
  }

  @Test
  void aTemplatesPhotoThatIsNotOneIsAnErrorAtItsFile() {
    TestSite site =
        site().file("templates/assets/logo.png", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");

    BuildResult result = site.build();

    assertThat(result.succeeded()).isFalse();
    assertThat(result.diagnostics().toString())
        .contains("templates/assets/logo.png")
        .contains("is named as a PNG but is not a JPEG or PNG photo");
  }

  @Test
  void theOriginalIsPublishedWhenTheConfigAsks() {
    TestSite site =
        site()
            .file(
                "bulletin.yaml",
                TestSite.CONFIG + "photos:\n  publish-originals: true\n  jpeg-quality: 70\n");
    site.build();

    assertThat(site.exists(PAGE + "anh-1.jpg")).isTrue();
    assertThat(site.exists(PAGE + "anh-1-480.jpg")).isTrue();
  }

  @Test
  void aSecondBuildEncodesNothingAndAChangedPhotoOnlyItself() throws IOException {
    TestSite site =
        site()
            .bytes(
                "content/tin/le-ky-ket/anh-2.jpg", Photos.jpeg(Photos.noise(900, 600, 8), false));
    site.item(
        ITEM,
        """
        title: "Lễ ký kết"
        date: 2024-09-19T09:00:00+07:00
        category: "Tin tức - Sự kiện"
        image: anh-1.jpg
        """,
        "![Một](anh-1.jpg)\n\n![Hai](anh-2.jpg)\n");
    assertThat(site.build().work().encoded())
        .containsExactly("tin/le-ky-ket/anh-1.jpg", "tin/le-ky-ket/anh-2.jpg");
    site.file(
        "content/tin/khac.md",
        "---\ntitle: \"Khác\"\ndate: 2024-09-18\ncategory: \"Thông báo\"\n---\n\nChữ.\n");
    assertThat(site.build().work().encoded()).isEmpty();

    site.bytes("content/tin/le-ky-ket/anh-2.jpg", Photos.jpeg(Photos.noise(900, 600, 9), false));
    BuildResult changed = site.build();

    assertThat(changed.work().encoded()).containsExactly("tin/le-ky-ket/anh-2.jpg");
  }

  @Test
  void theStoreLetsGoOfTheCopiesOfAPhotoNoLongerShown() throws IOException {
    TestSite site =
        site()
            .bytes(
                "content/tin/le-ky-ket/anh-2.jpg", Photos.jpeg(Photos.noise(500, 400, 8), false));
    site.item(
        ITEM,
        """
        title: "Lễ ký kết"
        date: 2024-09-19T09:00:00+07:00
        category: "Tin tức - Sự kiện"
        """,
        "![Một](anh-1.jpg)\n\n![Hai](anh-2.jpg)\n");
    site.build();
    Path variants = site.dir().resolve(".bulletin/photos/variants");
    assertThat(count(variants)).isEqualTo(5 + 4);

    site.item(
        ITEM,
        """
        title: "Lễ ký kết"
        date: 2024-09-19T09:00:00+07:00
        category: "Tin tức - Sự kiện"
        """,
        "![Hai](anh-2.jpg)\n");
    site.build();

    assertThat(count(variants)).isEqualTo(4);
    assertThat(site.exists(PAGE + "anh-1-480.jpg")).isFalse();
  }

  private static long count(Path dir) throws IOException {
    try (java.util.stream.Stream<Path> files = Files.list(dir)) {
      return files.count();
    }
  }

  @Test
  void aBadPhotoIsAnErrorAtTheLineThatShowsIt() {
    TestSite site =
        TestSite.in(dir)
            .item(
                "content/tin/a.md",
                """
        title: "A"
        date: 2024-09-19
        category: "Tin tức - Sự kiện"
        image: bom.png
        """,
                "Chữ.\n\n![Giả](gia.jpg)\n")
            .bytes("content/tin/bom.png", Photos.pngDeclaring(50_000, 50_000))
            .file("content/tin/gia.jpg", "<html>not a photo</html>");

    TestSite.Run run = site.cliBuild();

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo(
            """
        content/tin/a.md:5:8: error: photo "bom.png" declares 50000 × 50000 pixels, more than the 100 megapixels a photo may have
            5 | image: bom.png
              |        ^^^^^^^
        hint: save it again as a JPEG or PNG from a photo editor, or use another photo
        content/tin/a.md:10:8: error: photo "gia.jpg" is named as a JPEG but is not a JPEG or PNG photo
            10 | ![Giả](gia.jpg)
               |        ^^^^^^^
        hint: save it again as a JPEG or PNG from a photo editor, or use another photo
        2 errors; nothing was published.
        """);
  }

  @Test
  void aTruncatedPhotoIsAnErrorAtTheLineThatShowsIt() {
    byte[] whole = Photos.jpeg(Photos.noise(800, 600, 3), false);
    TestSite site =
        TestSite.in(dir)
            .item(
                "content/tin/a.md",
                """
        title: "A"
        date: 2024-09-19
        category: "Tin tức - Sự kiện"
        """,
                "![Cụt](cut.jpg)\n")
            .bytes("content/tin/cut.jpg", java.util.Arrays.copyOf(whole, whole.length / 2));

    TestSite.Run run = site.cliBuild();

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .startsWith("content/tin/a.md:7:8: error: photo \"cut.jpg\" is damaged or cut short: ")
        .endsWith("1 error; nothing was published.\n");
  }

  @Test
  void checkWarnsAboutAPhotoNarrowerThanTheColumn() {
    TestSite site =
        TestSite.in(dir)
            .item(
                "content/tin/a.md",
                """
        title: "A"
        date: 2024-09-19
        category: "Tin tức - Sự kiện"
        summary: "Tóm tắt."
        """,
                "![Nhỏ](nho.jpg)\n")
            .bytes("content/tin/nho.jpg", Photos.jpeg(Photos.noise(400, 300, 5), false));

    TestSite.Run run = site.cliCheck();

    assertThat(run.err())
        .contains(
            """
        content/tin/a.md:8:8: warning: photo "nho.jpg" is 400 px wide, narrower than the page's 768 px column: it will look blurred
            8 | ![Nhỏ](nho.jpg)
              |        ^^^^^^^
        hint: a photo at least as wide as the column looks sharp on every screen
        """);
  }

  private static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
