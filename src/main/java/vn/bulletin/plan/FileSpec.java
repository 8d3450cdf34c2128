package vn.bulletin.plan;

import java.nio.file.Path;

/**
 * A file published from {@code source} to {@code path} in the site: as it is (a stylesheet, an
 * original photo an admin asked for), or, for a photo a template shows by its own name (a logo, a
 * banner), as a clean copy of the same size and format, without its metadata.
 */
public record FileSpec(String path, Path source, Copy copy) {
  /** How the file's bytes reach the site. */
  public enum Copy {
    /** Byte for byte. */
    AS_IS,
    /**
     * Decoded and encoded again: its EXIF orientation applied to the pixels, no EXIF, XMP or IPTC
     * left.
     */
    PHOTO_WITHOUT_METADATA
  }

  /** A file published as it is. */
  public FileSpec(String path, Path source) {
    this(path, source, Copy.AS_IS);
  }
}
