package vn.bulletin.content;

import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;

/**
 * What the file system says of a source without reading it: its size, modification time and
 * identity (device and inode where the system has them). A file whose stamp did not move since a
 * build read it holds the text that build read, unless it was changed again within the clock's
 * granularity of that read: see {@link #isRacy}.
 *
 * @param modifiedNanos the modification time in nanoseconds since the epoch, as precise as the file
 *     system keeps it
 * @param identity the file's key ({@link BasicFileAttributes#fileKey()}), or empty where the system
 *     has none
 */
public record SourceStamp(long size, long modifiedNanos, String identity) {
  /**
   * How close to the moment of reading a change may fall and still leave the time stamp unmoved:
   * file systems keep times in ticks of up to two seconds (FAT), and the kernel's clock advances in
   * ticks of a few milliseconds.
   */
  public static final long GRANULARITY_NANOS = TimeUnit.SECONDS.toNanos(2);

  public static SourceStamp of(BasicFileAttributes attributes) {
    Object key = attributes.fileKey();
    return new SourceStamp(
        attributes.size(),
        attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS),
        key == null ? "" : key.toString());
  }

  /**
   * Whether the file was modified so close to {@code readAtNanos} (when a build read it) that a
   * later save in the same tick would leave this stamp as it is: such a file must be read again to
   * be sure.
   */
  public boolean isRacy(long readAtNanos) {
    return modifiedNanos + GRANULARITY_NANOS >= readAtNanos;
  }
}
