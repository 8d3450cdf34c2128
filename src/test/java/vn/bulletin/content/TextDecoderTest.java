package vn.bulletin.content;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import vn.bulletin.content.TextDecoder.NotUtf8Exception;

class TextDecoderTest {

  @Test
  void byteOrderMarkIsStripped() throws Exception {
    byte[] bytes =
        concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "---\n".getBytes(UTF_8));

    assertThat(TextDecoder.decode(bytes)).isEqualTo("---\n");
  }

  @Test
  void crlfAndLoneCrBecomeLf() throws Exception {
    byte[] bytes = "một\r\nhai\rba\n\r\n".getBytes(UTF_8);

    assertThat(TextDecoder.decode(bytes)).isEqualTo("một\nhai\nba\n\n");
  }

  @Test
  void decomposedTextIsComposed() throws Exception {
    String nfc = "Hàm Cần, Đường Trường Sơn";
    String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);

    String decoded = TextDecoder.decode(nfd.getBytes(UTF_8));

    assertThat(decoded).isEqualTo(Normalizer.normalize(nfc, Normalizer.Form.NFC));
    assertThat(decoded).hasSize(nfc.length());
  }

  @Test
  void validUtf8IsKeptAsIs() throws Exception {
    assertThat(TextDecoder.decode("Tin tức 😀\n".getBytes(UTF_8))).isEqualTo("Tin tức 😀\n");
  }

  @Test
  void latinOneBytesAreRefusedWithTheirLineNumber() {
    byte[] bytes =
        concat("---\ntitle: a\n".getBytes(UTF_8), "B\u00e0i vi\u00eat\n".getBytes(ISO_8859_1));

    NotUtf8Exception e =
        catchThrowableOfType(NotUtf8Exception.class, () -> TextDecoder.decode(bytes));

    assertThat(e).isNotNull();
    assertThat(e.lineNumber()).isEqualTo(3);
  }

  @Test
  void badByteOnFirstLineIsLineOne() {
    byte[] bytes = "C\u00e2u\nhai\n".getBytes(ISO_8859_1);

    NotUtf8Exception e =
        catchThrowableOfType(NotUtf8Exception.class, () -> TextDecoder.decode(bytes));

    assertThat(e).isNotNull();
    assertThat(e.lineNumber()).isEqualTo(1);
  }

  @Test
  void badByteAfterCrlfLinesIsCountedByLine() {
    byte[] bytes =
        concat("một\r\nhai\r\n".getBytes(UTF_8), new byte[] {'x', (byte) 0xC3, '\r', '\n'});

    NotUtf8Exception e =
        catchThrowableOfType(NotUtf8Exception.class, () -> TextDecoder.decode(bytes));

    assertThat(e).isNotNull();
    assertThat(e.lineNumber()).isEqualTo(3);
  }

  @Test
  void badByteAfterLoneCrLinesIsCountedByLine() {
    // Lone CR is accepted as a newline by decode, so it must count as one for the error too.
    byte[] bytes = concat("một\rhai\r".getBytes(UTF_8), new byte[] {'x', (byte) 0xE0, 'y'});

    NotUtf8Exception e =
        catchThrowableOfType(NotUtf8Exception.class, () -> TextDecoder.decode(bytes));

    assertThat(e).isNotNull();
    assertThat(e.lineNumber()).isEqualTo(3);
  }

  @Test
  void truncatedSequenceAtEndIsRefused() {
    byte[] bytes = concat("a\nb\n".getBytes(UTF_8), new byte[] {(byte) 0xE1, (byte) 0xBA});

    NotUtf8Exception e =
        catchThrowableOfType(NotUtf8Exception.class, () -> TextDecoder.decode(bytes));

    assertThat(e).isNotNull();
    assertThat(e.lineNumber()).isEqualTo(3);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }
}
