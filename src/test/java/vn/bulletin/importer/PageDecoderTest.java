package vn.bulletin.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PageDecoderTest {
  private final PageDecoder decoder = new PageDecoder();

  @Test
  void windows1258WithSeparateToneMarksComesOutNfc() {
    // "Hàm Cần" in Windows-1258: a, then the grave accent 0xCC; â, then the grave accent.
    byte[] bytes = {
      '<',
      'h',
      '1',
      '>',
      'H',
      'a',
      (byte) 0xCC,
      'm',
      ' ',
      'C',
      (byte) 0xE2,
      (byte) 0xCC,
      'n',
      '<',
      '/',
      'h',
      '1',
      '>'
    };
    PageDecoder.Decoded decoded = decoder.decode(bytes, "file:///a.html", Optional.empty());

    assertThat(decoded.charset()).isEqualTo(PageDecoder.WINDOWS_1258);
    assertThat(decoded.document().selectFirst("h1").text()).isEqualTo("Hàm Cần");
  }

  @Test
  void validUtf8WinsOverAMetaCharsetThatLies() {
    byte[] bytes = "<meta charset=\"iso-8859-1\"><p>Hàm Cần</p>".getBytes(StandardCharsets.UTF_8);

    PageDecoder.Decoded decoded = decoder.decode(bytes, "file:///a.html", Optional.empty());

    assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(decoded.document().selectFirst("p").text()).isEqualTo("Hàm Cần");
  }

  @Test
  void decomposedTextIsComposed() {
    String nfd = Normalizer.normalize("Lễ hội", Normalizer.Form.NFD);
    byte[] bytes = ("<p>" + nfd + "</p>").getBytes(StandardCharsets.UTF_8);

    String text =
        decoder
            .decode(bytes, "file:///a.html", Optional.empty())
            .document()
            .selectFirst("p")
            .text();

    assertThat(text).isEqualTo("Lễ hội").hasSize(6);
  }

  @Test
  void pageWithLegacyTextIsConvertedAndSaysSo() {
    byte[] bytes = "<p>Céng hoµ x· héi chñ nghÜa ViÖt Nam</p>".getBytes(StandardCharsets.UTF_8);

    PageDecoder.Decoded decoded = decoder.decode(bytes, "file:///a.html", Optional.empty());

    assertThat(decoded.legacyConverted()).isTrue();
    assertThat(decoded.document().selectFirst("p").text())
        .isEqualTo("Cộng hoà xã hội chủ nghĩa Việt Nam");
  }
}
