package vn.bulletin.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.bulletin.content.ContentLoader;
import vn.bulletin.content.LoadedContent;
import vn.bulletin.diagnostic.Diagnostic;

class EditorialReviewTest {
  @Test
  void realSampleContentRaisesNoWarnings() {
    LoadedContent content = new ContentLoader(Path.of(".")).load();
    assertThat(content.items()).hasSizeGreaterThan(10);

    List<Diagnostic> found = new EditorialReview(Path.of(".")).review(content);

    assertThat(found).extracting(Diagnostic::message).isEmpty();
  }

  @Test
  void aWordIsSuspiciousOnlyWithALegacySignAmongAsciiLetters() {
    assertThat(LegacyEncodingDetector.isSuspicious("Th«ng")).isTrue();
    assertThat(LegacyEncodingDetector.isSuspicious("\u00ae\u00adêng")).isTrue();
    assertThat(LegacyEncodingDetector.isSuspicious("hoøa")).isTrue();
    assertThat(LegacyEncodingDetector.isSuspicious("Hàm")).isFalse();
    assertThat(LegacyEncodingDetector.isSuspicious("©")).isFalse();
    assertThat(LegacyEncodingDetector.isSuspicious("Nguyễn")).isFalse();
    assertThat(LegacyEncodingDetector.isMarker('°')).isFalse();
    assertThat(LegacyEncodingDetector.isMarker('µ')).isTrue();
    assertThat(LegacyEncodingDetector.isMarker('ý')).isFalse();
  }
}
