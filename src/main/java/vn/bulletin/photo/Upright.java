package vn.bulletin.photo;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;

/** Turns decoded pixels the way their EXIF orientation says, so no viewer has to. */
final class Upright {
  private Upright() {}

  /**
   * The pixels upright: the decoded raster itself when it is, else a plain RGB (or ARGB) copy
   * turned.
   */
  static BufferedImage apply(BufferedImage stored, int orientation, boolean alpha) {
    if (orientation == 1) {
      // The scaler draws from any raster type: an upright photo is not copied.
      return stored;
    }
    int w = stored.getWidth();
    int h = stored.getHeight();
    boolean turned = orientation >= 5;
    BufferedImage out =
        new BufferedImage(
            turned ? h : w,
            turned ? w : h,
            alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    try {
      // Quarter turns and mirrors map pixels to pixels: nearest neighbour is exact.
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
      g.drawImage(stored, transform(orientation, w, h), null);
    } finally {
      g.dispose();
    }
    return out;
  }

  /**
   * The region of the stored pixels that shows a region of the upright photo: copies are scaled
   * from it first and turned last, so only their few pixels are turned.
   */
  static Rectangle storedRegion(int orientation, int width, int height, Rectangle upright) {
    try {
      AffineTransform inverse = transform(orientation, width, height).createInverse();
      Point2D a = inverse.transform(new Point2D.Double(upright.x, upright.y), null);
      Point2D b =
          inverse.transform(
              new Point2D.Double(upright.x + upright.width, upright.y + upright.height), null);
      int x = (int) Math.round(Math.min(a.getX(), b.getX()));
      int y = (int) Math.round(Math.min(a.getY(), b.getY()));
      return new Rectangle(
          x,
          y,
          (int) Math.round(Math.abs(a.getX() - b.getX())),
          (int) Math.round(Math.abs(a.getY() - b.getY())));
    } catch (NoninvertibleTransformException e) {
      throw new IllegalStateException("every orientation can be undone", e);
    }
  }

  // EXIF orientations 1-8 (TIFF 6.0, tag 274): where the stored row 0 and column 0 belong.
  private static AffineTransform transform(int orientation, int w, int h) {
    return switch (orientation) {
      case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
      case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
      case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
      case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
      case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
      case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
      case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);
      default -> new AffineTransform();
    };
  }
}
