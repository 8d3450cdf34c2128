package vn.bulletin.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Collections;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SlugTest {
  private static final String SLUG_SHAPE = "[a-z0-9]+(-[a-z0-9]+)*";

  /**
   * What generated texts are made of: letters with every kind of mark, spaces, punctuation, emoji.
   */
  private static final String[] PIECES = {
    "a", "ă", "â", "đ", "Đ", "e", "ê", "ô", "ơ", "ư", "Ư", "ắ", "ằ", "ẳ", "ẵ", "ặ", "ế", "ề", "ộ",
    "ỡ", "ự", "ỹ", "Ỷ", "Ả", "\u00D0", "x", "Z", "0", "7", " ", " ", "  ", "-", "--", "_", ".", ",",
    "!", "?", "\"", "'", "(", ")", "/", "&", "…", "—", "–", "«", "»", "\t", "\n", "😀", "🇻🇳",
    "👍🏽", "\u0301", "\u0323", "ß", "ø", "中", "Hàm Cần", "Tin tức"
  };

  @Test
  void slugDropsVietnameseMarksAndJoinsWordsWithHyphens() {
    assertThat(Slug.of("Tin tức - Sự kiện")).isEqualTo("tin-tuc-su-kien");
  }

  @Test
  void slugMapsDStrokeToD() {
    assertThat(Slug.of("Đường Hàm Cần")).isEqualTo("duong-ham-can");
    assertThat(Slug.of("đường")).isEqualTo("duong");
  }

  @Test
  void slugOfDecomposedTextEqualsSlugOfComposedText() {
    String nfc = Normalizer.normalize("Đường Hàm Cần, Bình Thuận", Normalizer.Form.NFC);
    String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);

    assertThat(nfd).isNotEqualTo(nfc);
    assertThat(Slug.of(nfd)).isEqualTo(Slug.of(nfc)).isEqualTo("duong-ham-can-binh-thuan");
  }

  @Test
  void slugMapsIcelandicEthLookAlikesToD() {
    assertThat(Slug.of("\u00D0ình làng")).isEqualTo("dinh-lang");
    assertThat(Slug.of("\u00F0ình")).isEqualTo("dinh");
  }

  @Test
  void slugCollapsesPunctuationRunsAndTrimsHyphens() {
    assertThat(Slug.of("  --Hội nghị,,, (lần 2)!!  ")).isEqualTo("hoi-nghi-lan-2");
    assertThat(Slug.of("a -- b")).isEqualTo("a-b");
  }

  @Test
  void slugOfEmptyOrPunctuationOnlyTextIsEmpty() {
    assertThat(Slug.of("")).isEmpty();
    assertThat(Slug.of(" ?!… — ")).isEmpty();
  }

  @Test
  void slugLongerThanMaxIsCutAtWordBoundary() {
    String text = String.join(" ", Collections.nCopies(10, "abcdefghi"));

    String slug = Slug.of(text);

    assertThat(slug).isEqualTo(String.join("-", Collections.nCopies(8, "abcdefghi")));
    assertThat(slug).hasSize(79);
  }

  @Test
  void slugKeepsAWordEndingExactlyAtMaxLength() {
    String word = "x".repeat(80);

    assertThat(Slug.of(word + " y")).isEqualTo(word);
  }

  @Test
  void slugOfOneLongWordIsCutAtMaxLength() {
    assertThat(Slug.of("a".repeat(100))).isEqualTo("a".repeat(80));
  }

  @Test
  void isValidAcceptsOnlyTextsThatAreTheirOwnSlug() {
    assertThat(Slug.isValid("tin-tuc-su-kien")).isTrue();
    assertThat(Slug.isValid("2024")).isTrue();
    assertThat(Slug.isValid("")).isFalse();
    assertThat(Slug.isValid("Tin-tuc")).isFalse();
    assertThat(Slug.isValid("tin--tuc")).isFalse();
    assertThat(Slug.isValid("-tin-tuc")).isFalse();
    assertThat(Slug.isValid("tin_tuc")).isFalse();
    assertThat(Slug.isValid("tức")).isFalse();
    assertThat(Slug.isValid("a".repeat(81))).isFalse();
  }

  @ParameterizedTest
  @MethodSource("mixedTexts")
  void slugIsWellFormedAndIdempotent(String text) {
    String slug = Slug.of(text);

    assertThat(slug.isEmpty() || slug.matches(SLUG_SHAPE)).as("slug %s of %s", slug, text).isTrue();
    assertThat(slug.length()).isLessThanOrEqualTo(Slug.MAX_LENGTH);
    assertThat(Slug.of(slug)).isEqualTo(slug);
  }

  static Stream<String> mixedTexts() {
    Random random = new Random(20240919L);
    return IntStream.range(0, 200)
        .mapToObj(
            i -> {
              StringBuilder text = new StringBuilder();
              int pieces = random.nextInt(60);
              for (int p = 0; p < pieces; p++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
              }
              String s = text.toString();
              return random.nextBoolean() ? s : Normalizer.normalize(s, Normalizer.Form.NFD);
            });
  }
}
