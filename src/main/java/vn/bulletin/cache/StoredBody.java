package vn.bulletin.cache;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import vn.bulletin.model.HtmlBody;

/**
 * A body kept in the store's file, decoded the first time it is asked for. Its bytes are a slice of
 * the file as mapped when the store was read; the store only ever appends to that file or replaces
 * it by a rename, so the slice stays what was written.
 */
final class StoredBody extends HtmlBody {
  private final ByteBuffer bytes;
  private final long checksum;
  private final String digest;
  private volatile String html;

  StoredBody(ByteBuffer bytes, long checksum, String digest) {
    this.bytes = bytes;
    this.checksum = checksum;
    this.digest = digest;
  }

  @Override
  public String html() {
    String known = html;
    if (known == null) {
      known = new String(utf8(), StandardCharsets.UTF_8);
      html = known;
    }
    return known;
  }

  @Override
  public String digest() {
    return digest;
  }

  @Override
  public byte[] utf8() {
    byte[] raw = new byte[bytes.remaining()];
    bytes.duplicate().get(raw);
    CRC32 crc = new CRC32();
    crc.update(raw);
    if (crc.getValue() != checksum) {
      throw new IllegalStateException(
          "the parse store in .bulletin/cache/ was changed while in use;"
              + " delete that folder and build again");
    }
    return raw;
  }
}
