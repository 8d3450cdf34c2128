package vn.bulletin.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordCodecTest {
  // "da" in two items: slot 3 holds "đa" once in the title and twice in the body; slot 9 holds it
  // in
  // the body only, "đa" once and "đã" three times.
  static final TermRecord DA =
      new TermRecord(
          "da",
          2,
          false,
          new int[] {3, 9},
          new int[] {1, 0},
          new int[] {2, 4},
          new int[] {1, 2},
          new TermRecord.Spellings(
              List.of("đa", "đã"),
              new int[] {1, 0},
              new int[] {2, 1},
              new int[][] {{0, 1, 2}, {0, 0, 1, 1, 0, 3}}));

  @Test
  void aUnigramCarriesItsCountsAndTheSpellingsEachItemHolds() {
    byte[] encoded = RecordCodec.encode(DA, new ExportFiles(p -> false));

    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    expected.writeBytes(new byte[] {2, 'd', 'a', 2, 4, 1, 2, 2});
    expected.writeBytes(string("đa"));
    expected.writeBytes(new byte[] {1, 2});
    expected.writeBytes(string("đã"));
    expected.writeBytes(new byte[] {0, 1});
    // Two postings in 11 bytes: gap, title and body counts, spellings (the last one's counts
    // implied).
    expected.writeBytes(new byte[] {2, 11, 3, 1, 2, 0, 6, 0, 4, 1, 0, 1, 2});
    assertThat(encoded).isEqualTo(expected.toByteArray());
  }

  @Test
  void theHeaderTellsWhereThePostingsAreAndWhichSlotsTheyHold() {
    byte[] encoded = RecordCodec.encode(DA, new ExportFiles(p -> false));

    RecordCodec.Header h = RecordCodec.header(encoded);

    assertThat(h)
        .isEqualTo(
            new RecordCodec.Header(
                "da", 2, false, 2, 2, null, encoded.length - 11, encoded.length, true));
    boolean[] nine = new boolean[10];
    nine[9] = true;
    boolean[] four = new boolean[10];
    four[4] = true;
    assertThat(RecordCodec.holdsAny(encoded, h, nine)).isTrue();
    assertThat(RecordCodec.holdsAny(encoded, h, four)).isFalse();
  }

  private static byte[] string(String s) {
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[utf8.length + 1];
    out[0] = (byte) utf8.length;
    System.arraycopy(utf8, 0, out, 1, utf8.length);
    return out;
  }
}
