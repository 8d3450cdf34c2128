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
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.zip.CRC32;
import vn.bulletin.content.SourceStamp;
import vn.bulletin.model.HtmlBody;

/**
 * The parse store's file: a header (format and salt), then one record per stored entry. A record is
 * the entry without its item's body, then the body: each part its length, its bytes and their
 * CRC-32. A later record for a path replaces an earlier one. Reading maps the file and decodes only
 * the first parts: a body is decoded when it is asked for ({@link StoredBody}). Reading stops at
 * the first record that does not read back whole, so a build killed while appending loses only what
 * it was appending; the next save then rewrites the file.
 */
final class StoreLog {
  private static final int FORMAT = 9;
  private static final int MAX_PART = 64 * 1024 * 1024;

  private StoreLog() {}

  /**
   * What a log holds: the last entry per path, how many records it has, and whether it read whole.
   */
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
      // Records are found in order (each part's length leads to the next), then checked and
      // decoded on every core; the first that does not read back whole ends the log.
      List<Slices> found = new ArrayList<>();
      boolean cut = false;
      while (map.hasRemaining()) {
        Slices slices = slices(map);
        if (slices == null) {
          cut = true;
          break;
        }
        found.add(slices);
      }
      ParseCache.Stored[] decoded = new ParseCache.Stored[found.size()];
      IntStream.range(0, found.size()).parallel().forEach(i -> decoded[i] = found.get(i).decode());
      Map<String, ParseCache.Stored> entries = new HashMap<>(found.size() * 4 / 3 + 1);
      for (int i = 0; i < decoded.length; i++) {
        if (decoded[i] == null) {
          return new Contents(entries, i, false);
        }
        entries.put(decoded[i].path(), decoded[i]);
      }
      return new Contents(entries, decoded.length, !cut);
    } catch (IOException | RuntimeException e) {
      return Contents.empty();
    }
  }

  /**
   * One record's two parts, found but not yet checked: the meta part, its checksum, and the body.
   */
  private record Slices(ByteBuffer meta, long metaChecksum, ByteBuffer body, long bodyChecksum) {
    // Null when the meta part's checksum does not match or it does not decode.
    ParseCache.Stored decode() {
      try {
        byte[] raw = new byte[meta.remaining()];
        meta.duplicate().get(raw);
        CRC32 crc = new CRC32();
        crc.update(raw);
        if (crc.getValue() != metaChecksum) {
          return null;
        }
        return StoreLog.decode(raw, digest -> new StoredBody(body, bodyChecksum, digest));
      } catch (IOException
          | BufferUnderflowException
          | IndexOutOfBoundsException
          | IllegalArgumentException e) {
        return null;
      }
    }
  }

  // Null at a record cut short.
  private static Slices slices(ByteBuffer map) {
    try {
      ByteBuffer meta = part(map);
      if (meta == null) {
        return null;
      }
      long metaChecksum = map.getLong(map.position() - Long.BYTES);
      ByteBuffer body = part(map);
      if (body == null) {
        return null;
      }
      return new Slices(meta, metaChecksum, body, map.getLong(map.position() - Long.BYTES));
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

  /**
   * Writes a new log holding these entries, replacing the old one in one rename; how many records
   * it has.
   */
  static int rewrite(Path file, String salt, Collection<ParseCache.Stored> entries)
      throws IOException {
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

  private static ParseCache.Stored decode(
      byte[] record, java.util.function.Function<String, HtmlBody> bodies) throws IOException {
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
