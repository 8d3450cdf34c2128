package vn.bulletin.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LegacyTextConverterTest {
  private final LegacyTextConverter converter = new LegacyTextConverter();

  @Test
  void tcvn3TextBecomesUnicode() {
    assertThat(converter.convert("Céng hoµ x· héi chñ nghÜa ViÖt Nam, §éc lËp - Tù do - H¹nh phóc"))
        .isEqualTo("Cộng hoà xã hội chủ nghĩa Việt Nam, Độc lập - Tự do - Hạnh phúc");
  }

  @Test
  void vniTextBecomesUnicode() {
    assertThat(converter.convert("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam"))
        .isEqualTo("Cộng hòa xã hội chủ nghĩa Việt Nam");
  }

  @Test
  void unicodeWordsBeforeAPastedQuotationStay() {
    assertThat(converter.convert("Trích văn bản gốc: Céng hoµ x· héi chñ nghÜa"))
        .isEqualTo("Trích văn bản gốc: Cộng hoà xã hội chủ nghĩa");
  }

  @Test
  void unicodeVietnameseIsLeftAlone() {
    assertThat(converter.convert("Lễ ký kết kết nghĩa tại xã Hàm Cần"))
        .isEqualTo("Lễ ký kết kết nghĩa tại xã Hàm Cần");
  }

  @Test
  void oneForeignNameAmongVietnameseIsLeftAlone() {
    assertThat(converter.convert("Ông Müller thăm tỉnh Bình Thuận và Hàm Cần"))
        .isEqualTo("Ông Müller thăm tỉnh Bình Thuận và Hàm Cần");
  }
}
