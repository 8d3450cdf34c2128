package vn.bulletin.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Fingerprints are kept on disk between builds: their values, not only their equality, must hold.
 */
class FingerprintTest {
  @Test
  void theHashOfAKnownSequenceIsTheOneEarlierBuildsKept() {
    assertThat(new Fingerprint().add("Hàm Cần").add(2024).add(true).hex())
        .isEqualTo("1aa3e773fa34855e0c245c0fd8e37742");
    assertThat(new Fingerprint().hex()).isEqualTo("efd01f60ba992926f70ecfc18523a442");
  }

  @Test
  void eachValueIsPrecededByItsLength() {
    assertThat(new Fingerprint().add("ab").add("c").hex())
        .isNotEqualTo(new Fingerprint().add("a").add("bc").hex());
  }
}
