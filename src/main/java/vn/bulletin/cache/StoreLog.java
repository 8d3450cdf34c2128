package vn.bulletin.cache;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import vn.bulletin.content.SourceStamp;
import vn.bulletin.model.HtmlBody;

/**
 * The parse store's file: a header (format and salt), then one record per stored entry. A record is
 * the entry without its item's body, then the body: each part its length, its bytes and their
 * CRC-32. A later record for a path replaces an earlier one. Reading maps the file and decodes only
 * the first parts: a body is decoded when it is asked for ({@link StoredBody}). Reading stops at the
 * first record that does not read back whole, so a build killed while appending loses only what it
 * was appending; the next save then rewrites the file.
 */
final class StoreLog {
  private static final int FORMAT = 8;
  private static final int MAX_PART = 64 * 1024 * 1024;

  private StoreLog() {}

  /** What a log holds: the last entry per path, how many records it has, and whether it read whole. */
  record Contents(Map<String, ParseCache.Stored> entries, int records, boolean intact) {
    static Contents empty() {
      return new Contents(Map.of(), 0, false);
    }
  }

  static Contents read(Path file, String salt) {
    if (!Files.isRegularFile(file)) {
      return Contents.empty();
    }
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      MappedByteBuffer map = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
      if (map.getInt() != FORMAT || !string(map).equals(salt)) {
        return Contents.empty();
      }
      Map<String, ParseCache.Stored> entries = new HashMap<>();
      int records = 0;
      while (map.hasRemaining()) {
        ParseCache.Stored stored = next(map);
        if (stored == null) {
          return new Contents(entries, records, false);
        }
        entries.put(stored.path(), stored);
        records++;
      }
      return new Contents(entries, records, true);
    } catch (IOException | RuntimeException e) {
      return Contents.empty();
    }
  }

  // Null at a record cut short or whose checksum does not match.
  private static ParseCache.Stored next(ByteBuffer map) throws IOException {
    try {
      ByteBuffer meta = part(map);
      if (meta == null) {
        return null;
      }
      byte[] raw = new byte[meta.remaining()];
      meta.get(raw);
      CRC32 crc = new CRC32();
      crc.update(raw);
      if (crc.getValue() != map.getLong(map.position() - Long.BYTES)) {
        return null;
      }
      ByteBuffer body = part(map);
      if (body == null) {
        return null;
      }
      long bodyChecksum = map.getLong(map.position() - Long.BYTES);
      return decode(raw, digest -> new StoredBody(body, bodyChecksum, digest));
    } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException cut) {
      return null;
    }
  }

  // The part's bytes as a slice of the map, the map moved past it; the meta part's checksum is
  // checked here, a body's when it is decoded.
  private static ByteBuffer part(ByteBuffer map) {
    int length = map.getInt();
    if (length < 0 || length > MAX_PART || length + Long.BYTES > map.remaining()) {
      return null;
    }
    ByteBuffer slice = map.slice(map.position(), length);
    map.position(map.position() + length);
    map.getLong();
    return slice;
  }

  /** Writes a new log holding these entries, replacing the old one in one rename; how many records it has. */
  static int rewrite(Path file, String salt, Collection<ParseCache.Stored> entries) throws IOException {
    Path partial = file.resolveSibling(file.getFileName() + ".partial");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
      DataOutputStream header = new DataOutputStream(out);
      header.writeInt(FORMAT);
      byte[] saltBytes = salt.getBytes(StandardCharsets.UTF_8);
      header.writeInt(saltBytes.length);
      header.write(saltBytes);
      header.flush();
      for (ParseCache.Stored stored : sorted(entries)) {
        writeRecord(out, stored);
      }
    }
    Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    return entries.size();
  }

  /** Appends these entries to the log; how many records were added. */
  static int append(Path file, Collection<ParseCache.Stored> entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (ParseCache.Stored stored : sorted(entries)) {
      writeRecord(bytes, stored);
    }
    Files.write(file, bytes.toByteArray(), StandardOpenOption.APPEND);
    return entries.size();
  }

  private static List<ParseCache.Stored> sorted(Collection<ParseCache.Stored> entries) {
    return entries.stream().sorted(Comparator.comparing(ParseCache.Stored::path)).toList();
  }

  private static void writeRecord(OutputStream out, ParseCache.Stored stored) throws IOException {
    DataOutputStream data = new DataOutputStream(out);
    writePart(data, encode(stored));
    writePart(data, stored.entry().item().map(item -> item.body().utf8()).orElse(new byte[0]));
    data.flush();
  }

  private static void writePart(DataOutputStream out, byte[] bytes) throws IOException {
    out.writeInt(bytes.length);
    out.write(bytes);
    CRC32 crc = new CRC32();
    crc.update(bytes);
    out.writeLong(crc.getValue());
  }

  private static String string(ByteBuffer map) {
    int length = map.getInt();
    if (length < 0 || length > map.remaining()) {
      throw new IllegalArgumentException("not a store");
    }
    byte[] bytes = new byte[length];
    map.get(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static byte[] encode(ParseCache.Stored stored) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
    DataOutputStream out = new DataOutputStream(bytes);
    ModelCodec.writeString(out, stored.path());
    ModelCodec.writeString(out, stored.textHash());
    out.writeLong(stored.stamp().size());
    out.writeLong(stored.stamp().modifiedNanos());
    ModelCodec.writeString(out, stored.stamp().identity());
    out.writeLong(stored.readAtNanos());
    ModelCodec.writeEntry(out, stored.entry());
    out.flush();
    return bytes.toByteArray();
  }

  private static ParseCache.Stored decode(byte[] record, java.util.function.Function<String, HtmlBody> bodies)
      throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(record));
    String path = ModelCodec.readString(in);
    String hash = ModelCodec.readString(in);
    SourceStamp stamp = new SourceStamp(in.readLong(), in.readLong(), ModelCodec.readString(in));
    long readAt = in.readLong();
    ParseCache.Entry entry = ModelCodec.readEntry(in, bodies);
    if (in.read() >= 0) {
      throw new IOException("a record longer than its entry");
    }
    return new ParseCache.Stored(path, hash, stamp, readAt, entry);
  }
}
