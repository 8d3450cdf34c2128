package vn.bulletin.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentRefTest {
  @Test
  void numbersTypedWithOtherSeparatorsOrSmallLettersAreOneDocument() {
    assertThat(DocumentRef.key("417 TB TU"))
        .isEqualTo(DocumentRef.key("417-TB/TU"))
        .isEqualTo(DocumentRef.key("417/tb-tu"))
        .isEqualTo(DocumentRef.key(" 417 - TB / TU "));
    assertThat(DocumentRef.key("42/2022/nđ-cp")).isEqualTo(DocumentRef.key("42/2022/NĐ-CP"));
  }

  @Test
  void separatorsStillKeepNumbersApart() {
    assertThat(DocumentRef.key("4-17/TB")).isNotEqualTo(DocumentRef.key("41-7/TB"));
    assertThat(DocumentRef.key("15/QĐ-UBND")).isNotEqualTo(DocumentRef.key("15/QD-UBND"));
  }
}
