package vn.bulletin.photo;

import java.util.Locale;
import java.util.Optional;

/** The raster formats a photo is read from and published in. */
public enum PhotoFormat {
  JPEG("jpg", "JPEG"),
  PNG("png", "PNG");

  private final String extension;
  private final String label;

  PhotoFormat(String extension, String label) {
    this.extension = extension;
    this.label = label;
  }

  /** The extension published variants get, without the dot. */
  public String extension() {
    return extension;
  }

  String label() {
    return label;
  }

  /** The format a file name says its file is in: {@code .jpg}, {@code .jpeg} or {@code .png}. */
  public static Optional<PhotoFormat> byName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".jpg") || lower.endsWith(".jpeg")) {
      return Optional.of(JPEG);
    }
    return lower.endsWith(".png") ? Optional.of(PNG) : Optional.empty();
  }

  /** The format the first bytes of a file show, whatever its name says. */
  static Optional<PhotoFormat> sniff(byte[] head, int length) {
    if (length >= 3
        && (head[0] & 0xff) == 0xff
        && (head[1] & 0xff) == 0xd8
        && (head[2] & 0xff) == 0xff) {
      return Optional.of(JPEG);
    }
    boolean png =
        length >= 8
            && (head[0] & 0xff) == 0x89
            && head[1] == 'P'
            && head[2] == 'N'
            && head[3] == 'G'
            && head[4] == 0x0d
            && head[5] == 0x0a
            && head[6] == 0x1a
            && head[7] == 0x0a;
    return png ? Optional.of(PNG) : Optional.empty();
  }
}
