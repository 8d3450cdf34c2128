package vn.bulletin.photo;

/**
 * What a photo's header says, read without decoding its pixels.
 *
 * @param width stored width in pixels, before the orientation is applied
 * @param height stored height in pixels
 * @param orientation the EXIF orientation, 1 (upright) to 8
 * @param alpha whether it may hold transparent pixels (a PNG with an alpha channel or tRNS)
 */
public record PhotoHeader(
    PhotoFormat format, int width, int height, int orientation, boolean alpha) {
  public PhotoHeader {
    if (width <= 0 || height <= 0 || orientation < 1 || orientation > 8) {
      throw new IllegalArgumentException(
          "bad header " + width + "x" + height + " orientation " + orientation);
    }
  }

  /** Orientations 5 to 8 turn the photo a quarter: its width and height swap. */
  public boolean turned() {
    return orientation >= 5;
  }

  /** The width a visitor sees, once the orientation is applied. */
  public int uprightWidth() {
    return turned() ? height : width;
  }

  public int uprightHeight() {
    return turned() ? width : height;
  }
}
