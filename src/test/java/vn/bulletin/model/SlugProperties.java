package vn.bulletin.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SlugProperties {
  private static final String VIETNAMESE =
      "aàáảãạăằắẳẵặâầấẩẫậđeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ"
          + "AĂÂĐEÊOÔƠUƯĐ -_/\\.:%#?&0123456789";

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(120),
        Arbitraries.strings().withChars(VIETNAMESE.toCharArray()).ofMaxLength(200));
  }

  @Property(tries = 1000)
  void slugIsHyphenatedLowerCaseAsciiOrEmpty(@ForAll("texts") String text) {
    assertThat(Slug.of(text))
        .matches("([a-z0-9]+(-[a-z0-9]+)*)?")
        .hasSizeLessThanOrEqualTo(Slug.MAX_LENGTH);
  }

  @Property(tries = 1000)
  void slugOfASlugIsItself(@ForAll("texts") String text) {
    String slug = Slug.of(text);
    assertThat(Slug.of(slug)).isEqualTo(slug);
    assertThat(Slug.isValid(slug)).isEqualTo(!slug.isEmpty());
  }

  @Property(tries = 1000)
  void composedAndDecomposedTextGiveOneSlug(@ForAll("texts") String text) {
    assertThat(Slug.of(Normalizer.normalize(text, Normalizer.Form.NFD)))
        .isEqualTo(Slug.of(Normalizer.normalize(text, Normalizer.Form.NFC)));
  }
}
