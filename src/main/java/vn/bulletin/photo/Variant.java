package vn.bulletin.photo;

/**
 * One published copy of a photo: the part of the upright photo it shows, scaled to its size.
 *
 * @param sitePath where the site holds it
 * @param cropX with the other crop fields, the region of the upright photo it shows
 */
public record Variant(
    String sitePath,
    int width,
    int height,
    int cropX,
    int cropY,
    int cropWidth,
    int cropHeight,
    PhotoFormat format) {

  /** The file name alone, as a page beside it writes it. */
  public String fileName() {
    return sitePath.substring(sitePath.lastIndexOf('/') + 1);
  }

  /**
   * What its bytes depend on besides the photo: its geometry, format and the encoder's settings.
   */
  String geometryKey() {
    return width
        + "x"
        + height
        + "@"
        + cropX
        + ","
        + cropY
        + ","
        + cropWidth
        + ","
        + cropHeight
        + "."
        + format.extension();
  }
}
