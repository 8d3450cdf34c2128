package vn.bulletin.photo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A photo that a template shows by its own name (a logo, a banner under {@code templates/assets/}):
 * no copies in other widths, since the template names the file, but the file itself made again at
 * its full size and in its format, with its EXIF orientation applied to the pixels and none of its
 * metadata (EXIF, XMP, IPTC, thumbnails) left. The same file and settings give the same bytes.
 */
public final class CleanCopy {
  private final PhotoSettings settings;
  private final PhotoEncoder encoder;
  private final PhotoInspector inspector = new PhotoInspector();

  public CleanCopy(PhotoSettings settings) {
    this.settings = settings;
    this.encoder = new PhotoEncoder(settings);
  }

  /**
   * What the copy's bytes depend on: the file's size and modification time, the encoder and its
   * settings.
   */
  public String key(Path file) throws IOException {
    return "clean-photo:"
        + VariantStore.ENCODER_VERSION
        + ":"
        + Files.size(file)
        + ":"
        + Files.getLastModifiedTime(file).toMillis()
        + ":"
        + settings.encodingKey();
  }

  /** The clean copy's bytes; a file that is not the photo its name says is a problem. */
  public byte[] of(Path file, String sitePath) throws PhotoProblem {
    PhotoHeader header = inspector.inspect(file, sitePath);
    int width = header.uprightWidth();
    int height = header.uprightHeight();
    Variant whole = new Variant(sitePath, width, height, 0, 0, width, height, header.format());
    return encoder.encode(file, header, List.of(whole)).get(whole);
  }
}
