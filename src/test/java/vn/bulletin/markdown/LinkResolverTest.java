package vn.bulletin.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.bulletin.markdown.LinkResolver.Target;

class LinkResolverTest {
  private final LinkResolver bundle =
      new LinkResolver("tin-tuc/bai/", true, "tin-tuc-su-kien/bai/");
  private final LinkResolver plain = new LinkResolver("tin-tuc/", false, "tin-tuc/bai-a/");

  @Test
  void bundlePhotoIsPublishedBesideItsPage() {
    Target target = bundle.resolve("anh.jpg").orElseThrow();

    assertThat(target)
        .isEqualTo(new Target("tin-tuc-su-kien/bai/anh.jpg", "tin-tuc/bai/anh.jpg", "", false));
    assertThat(bundle.relativeHref(target)).isEqualTo("anh.jpg");
  }

  @Test
  void bundlePhotoInSubfolderKeepsTheSubfolder() {
    Target target = bundle.resolve("./anh/1.jpg").orElseThrow();

    assertThat(target.sitePath()).isEqualTo("tin-tuc-su-kien/bai/anh/1.jpg");
    assertThat(bundle.relativeHref(target)).isEqualTo("anh/1.jpg");
  }

  @Test
  void rootAbsoluteLinkKeepsQueryAndFragment() {
    Target target = plain.resolve("/uploads/van-ban.pdf?v=2#trang-3").orElseThrow();

    assertThat(target)
        .isEqualTo(new Target("uploads/van-ban.pdf", "uploads/van-ban.pdf", "?v=2#trang-3", false));
    assertThat(plain.relativeHref(target)).isEqualTo("../../uploads/van-ban.pdf?v=2#trang-3");
  }

  @Test
  void relativeLinkIsResolvedAgainstTheFileFolder() {
    Target target = plain.resolve("../kinh-te/bai-b/#muc-1").orElseThrow();

    assertThat(target).isEqualTo(new Target("kinh-te/bai-b/", "kinh-te/bai-b/", "#muc-1", false));
    assertThat(plain.relativeHref(target)).isEqualTo("../../kinh-te/bai-b/#muc-1");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "#muc-1",
        "https://baochinhphu.vn/",
        "HTTP://example.vn/",
        "mailto:ubnd@hamcan.gov.vn",
        "tel:+842439999999",
        "//cdn.example.vn/x.js"
      })
  void fragmentsOtherSchemesAndOtherHostsAreNotResolved(String url) {
    assertThat(plain.resolve(url)).isEmpty();
  }

  @Test
  void climbingAboveTheSiteIsOutside() {
    assertThat(plain.resolve("../../x.jpg")).contains(new Target("", "", "", true));
    assertThat(bundle.resolve("../../../x.jpg?a=1")).contains(new Target("", "", "?a=1", true));
    assertThat(plain.resolve("/../x.jpg")).contains(new Target("", "", "", true));
  }

  @Test
  void percentEscapesAndBackslashesClimbAsBrowsersReadThem() {
    assertThat(plain.resolve("%2e%2e/%2E%2e/x.jpg")).contains(new Target("", "", "", true));
    assertThat(plain.resolve("..\\..\\x.jpg")).contains(new Target("", "", "", true));
    assertThat(plain.resolve("s\\..\\x")).contains(new Target("tin-tuc/x", "tin-tuc/x", "", false));
  }

  @Test
  void escapedNamesFindTheirFileAndAreWrittenEscapedOnlyWhereNeeded() {
    Target target = bundle.resolve("ảnh%201.jpg#a").orElseThrow();

    assertThat(target)
        .isEqualTo(
            new Target("tin-tuc-su-kien/bai/ảnh 1.jpg", "tin-tuc/bai/ảnh 1.jpg", "#a", false));
    assertThat(bundle.relativeHref(target)).isEqualTo("ảnh%201.jpg#a");
    assertThat(plain.relativeHref(new Target("uploads/100% #1?.pdf", "", "", false)))
        .isEqualTo("../../uploads/100%25%20%231%3F.pdf");
  }

  @Test
  void invalidEscapesAreKeptAsWritten() {
    assertThat(plain.resolve("a%zz%C3.jpg"))
        .contains(new Target("tin-tuc/a%zz%C3.jpg", "tin-tuc/a%zz%C3.jpg", "", false));
  }

  @Test
  void climbingToTheRootStaysInside() {
    assertThat(bundle.resolve("../../x.jpg")).contains(new Target("x.jpg", "x.jpg", "", false));
  }

  @Test
  void depthCountsSlashes() {
    assertThat(LinkResolver.depth("")).isZero();
    assertThat(LinkResolver.depth("tin-tuc/bai-a/")).isEqualTo(2);
  }
}
