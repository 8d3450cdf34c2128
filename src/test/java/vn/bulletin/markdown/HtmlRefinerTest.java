package vn.bulletin.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.bulletin.model.LinkTarget;

class HtmlRefinerTest {
  @TempDir Path contentDir;

  private HtmlRefiner refiner;
  private final MarkdownRenderer markdown = new MarkdownRenderer(false);
  private final LinkResolver links = new LinkResolver("tin-tuc/", false, "tin-tuc/bai-a/");

  @BeforeEach
  void setUp() {
    refiner = new HtmlRefiner(new ImageSizeReader(contentDir));
  }

  private HtmlRefiner.Result refineHtml(String html) {
    return refiner.refine(html, links);
  }

  private HtmlRefiner.Result refineMarkdown(String md) {
    return refineHtml(markdown.render(md, 0).html());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<p>a</p><script>alert(1)</script>",
        "<p><img src=x onerror=alert(1)></p>",
        "<p><a href=\"javascript:alert(1)\">l</a></p>",
        "<p><a href=\"JaVaScRiPt:alert(1)\">l</a></p>",
        "<p><a href=\"java&#115;cript:alert(1)\">l</a></p>",
        "<p><a href=\" javascript:alert(1)\">l</a></p>",
        "<p><a href=\"data:text/html;base64,PHNjcmlwdD4=\">l</a></p>",
        "<p><img src=\"data:image/svg+xml;base64,PHN2Zz4=\"></p>",
        "<p><a href=\"vbscript:msgbox(1)\">l</a></p>",
        "<iframe src=\"https://evil.example/\"></iframe>",
        "<form action=\"https://evil.example/\"><input name=q></form>",
        "<p style=\"color:red\">đỏ</p>",
        "<p><span style=\"background:url(javascript:alert(1))\">x</span></p>",
        "<svg><script>alert(1)</script></svg>",
      })
  void dangerousHtmlDoesNotSurvive(String html) {
    assertSafe(refineHtml(html).html());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[l](javascript:alert(1))",
        "[l](JaVaScRiPt:alert(1))",
        "[l](java&#115;cript:alert(1))",
        "[l](data:text/html;base64,PHNjcmlwdD4=)",
        "![x](data:image/png;base64,AAAA)",
        "[l](vbscript:msgbox(1))",
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<iframe src=\"https://evil.example/\"></iframe>",
        "<form><input name=q></form>",
      })
  void dangerousMarkdownDoesNotSurvive(String md) {
    assertSafe(refineMarkdown(md).html());
  }

  private static void assertSafe(String html) {
    assertThat(html.toLowerCase(Locale.ROOT))
        .doesNotContain(
            "<script",
            "onerror",
            "javascript:",
            "data:",
            "vbscript:",
            "<iframe",
            "<form",
            "style=");
  }

  @Test
  void telAndMailtoLinksAreKept() {
    String html =
        refineMarkdown("[Gọi](tel:+842439999999) hoặc [viết](mailto:ubnd@hamcan.gov.vn)").html();

    assertThat(html)
        .isEqualTo(
            "<p><a href=\"tel:+842439999999\">Gọi</a> hoặc <a href=\"mailto:ubnd@hamcan.gov.vn\">viết</a></p>");
  }

  @Test
  void bareAddressesAreLinkedOutsideLinksAndCode() {
    assertThat(
            refineMarkdown(
                    "Xem https://baochinhphu.vn, www.hamcan.gov.vn hoặc ubnd@hamcan.gov.vn; "
                        + "`https://x.vn` [https://y.vn](https://y.vn)\n")
                .html())
        .isEqualTo(
            "<p>Xem <a href=\"https://baochinhphu.vn\" rel=\"noopener\">https://baochinhphu.vn</a>, "
                + "<a href=\"http://www.hamcan.gov.vn\" rel=\"noopener\">www.hamcan.gov.vn</a> hoặc "
                + "<a href=\"mailto:ubnd@hamcan.gov.vn\">ubnd@hamcan.gov.vn</a>; <code>https://x.vn</code> "
                + "<a href=\"https://y.vn\" rel=\"noopener\">https://y.vn</a></p>");
  }

  @Test
  void webLinksGetNoopener() {
    assertThat(refineMarkdown("[Báo](https://baochinhphu.vn/) và [cũ](http://example.vn/)").html())
        .isEqualTo(
            "<p><a href=\"https://baochinhphu.vn/\" rel=\"noopener\">Báo</a> và "
                + "<a href=\"http://example.vn/\" rel=\"noopener\">cũ</a></p>");
  }

  @Test
  void photoParagraphWithItalicParagraphAfterBecomesFigureWithCaption() {
    String html =
        refineMarkdown("![Ảnh](https://example.vn/a.jpg)\n\n*Toàn cảnh hội nghị*\n\nĐoạn sau.\n")
            .html();

    assertThat(html)
        .isEqualTo(
            "<figure><img src=\"https://example.vn/a.jpg\" alt=\"Ảnh\" loading=\"lazy\" "
                + "decoding=\"async\"><figcaption>Toàn cảnh hội nghị</figcaption></figure>\n\n<p>Đoạn sau.</p>");
  }

  @Test
  void photoTitleIsItsCaptionAndTheItalicParagraphStays() {
    String html =
        refineMarkdown("![Ảnh](https://example.vn/a.jpg \"Toàn cảnh\")\n\n*Ghi chú riêng*\n")
            .html();

    assertThat(html)
        .isEqualTo(
            "<figure><img src=\"https://example.vn/a.jpg\" alt=\"Ảnh\" loading=\"lazy\" "
                + "decoding=\"async\"><figcaption>Toàn cảnh</figcaption></figure>\n<p><em>Ghi chú riêng</em></p>");
  }

  @Test
  void photoWithoutCaptionBecomesFigureAlone() {
    assertThat(refineMarkdown("![Ảnh](https://example.vn/a.jpg)\n\nĐoạn sau.\n").html())
        .isEqualTo(
            "<figure><img src=\"https://example.vn/a.jpg\" alt=\"Ảnh\" loading=\"lazy\" "
                + "decoding=\"async\"></figure>\n<p>Đoạn sau.</p>");
  }

  @Test
  void headingsGetSlugIdsAndDuplicatesAreNumbered() {
    String html = refineMarkdown("# Mở đầu\n\n## Mở đầu\n\n### Kết luận\n\n## ???\n").html();

    assertThat(html)
        .isEqualTo(
            "<h2 id=\"mo-dau\">Mở đầu</h2>\n<h2 id=\"mo-dau-2\">Mở đầu</h2>\n"
                + "<h3 id=\"ket-luan\">Kết luận</h3>\n<h2 id=\"muc\">???</h2>");
  }

  @Test
  void inlinePhotoLoadsLazilyAndGetsEmptyAltWhenMissing() {
    assertThat(refineHtml("<p>Chữ <img src=\"https://example.vn/a.png\"> nữa</p>").html())
        .isEqualTo(
            "<p>Chữ <img src=\"https://example.vn/a.png\" alt=\"\" loading=\"lazy\" "
                + "decoding=\"async\"> nữa</p>");
  }

  @Test
  void photoSizeIsReadFromSvgBesideTheFile() throws IOException {
    Files.createDirectories(contentDir.resolve("tin-tuc"));
    Files.writeString(
        contentDir.resolve("tin-tuc/anh.svg"),
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640\" height=\"480\"></svg>");

    HtmlRefiner.Result result = refineMarkdown("![Ảnh](anh.svg)\n");

    assertThat(result.html())
        .isEqualTo(
            "<figure><img src=\"../../tin-tuc/anh.svg\" alt=\"Ảnh\" width=\"640\" "
                + "height=\"480\" loading=\"lazy\" decoding=\"async\"></figure>");
    assertThat(result.links())
        .containsExactly(new LinkTarget("anh.svg", "tin-tuc/anh.svg", true, false));
  }

  @Test
  void rootAbsoluteLinkIsMadeRelativeAndCollected() {
    HtmlRefiner.Result result = refineMarkdown("Xem [bài B](/kinh-te/bai-b/).\n");

    assertThat(result.html()).isEqualTo("<p>Xem <a href=\"../../kinh-te/bai-b/\">bài B</a>.</p>");
    assertThat(result.links())
        .containsExactly(new LinkTarget("/kinh-te/bai-b/", "kinh-te/bai-b/", false, false));
  }

  @Test
  void linkClimbingAboveTheSiteIsCollectedAsLeavingIt() {
    HtmlRefiner.Result result = refineMarkdown("[x](../../../x)\n");

    assertThat(result.links()).containsExactly(new LinkTarget("../../../x", "", false, true));
  }

  @Test
  void excerptIsTheFirstParagraphText() {
    HtmlRefiner.Result result = refineMarkdown("## Tiêu đề\n\nĐoạn **một** ngắn.\n\nĐoạn hai.\n");

    assertThat(result.excerpt()).isEqualTo("Đoạn một ngắn.");
  }

  @Test
  void longExcerptIsShortenedAtAWordWithEllipsis() {
    String paragraph = String.join(" ", Collections.nCopies(60, "tin"));

    String excerpt = refineMarkdown(paragraph + "\n").excerpt();

    assertThat(excerpt).isEqualTo(String.join(" ", Collections.nCopies(55, "tin")) + "…");
  }

  @Test
  void excerptOfExactlyMaxLengthIsKept() {
    String text = "a".repeat(HtmlRefiner.EXCERPT_LENGTH);

    assertThat(HtmlRefiner.shorten(text)).isEqualTo(text);
  }

  @Test
  void strikethroughInsideAWordKeepsTheTextAsWritten() {
    // Sanitising must not reflow inline text: "150" follows the struck "100" with no space.
    HtmlRefiner.Result result = refineMarkdown("Giá ~~100~~150 đồng\n");

    assertThat(result.html()).isEqualTo("<p>Giá <del>100</del>150 đồng</p>");
    assertThat(result.excerpt()).isEqualTo("Giá 100150 đồng");
  }
}
