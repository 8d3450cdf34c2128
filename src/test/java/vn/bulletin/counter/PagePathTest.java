package vn.bulletin.counter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PagePathTest {
  @ParameterizedTest
  @CsvSource({
    "/, /",
    "/index.html, /",
    "/tin-tuc/ham-can/, /tin-tuc/ham-can/",
    "/tin-tuc/ham-can, /tin-tuc/ham-can/",
    "/Tin-Tuc/Ham-Can/, /tin-tuc/ham-can/",
    "/tin-tuc/ham-can/index.html, /tin-tuc/ham-can/",
    "/tin-tuc/ham-can/?utm_source=zalo, /tin-tuc/ham-can/",
    "/tin-tuc/ham-can/#binh-luan, /tin-tuc/ham-can/",
    "/404.html, /404.html",
    "/tin-tuc/trang/2/, /tin-tuc/trang/2/",
  })
  void variantsOfOnePageShareOneKey(String raw, String canonical) {
    assertThat(PagePath.normalize(raw)).contains(canonical);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "tin-tuc/",
        "//evil.example/",
        "/../etc/passwd",
        "/a/../b/",
        "/./",
        "/a//b/",
        "/tin%2Ftuc/",
        "/hàm-cần/",
        "/a b/",
        "/.bulletin/counter.db",
        "/a\\b/",
        "/a/\u0000/"
      })
  void anythingElseIsNotAPage(String raw) {
    assertThat(PagePath.normalize(raw)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void overlongPathIsNotAPage() {
    assertThat(PagePath.normalize("/" + "a".repeat(PagePath.MAX_LENGTH))).isEmpty();
  }
}
