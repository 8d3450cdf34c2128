package vn.bulletin.photo;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Shrinks a region of a photo: halving with bilinear filtering (each step averages 2×2 pixels, so
 * fine detail does not alias) until one last bicubic step reaches the size.
 */
final class Scaler {
  private Scaler() {}

  static BufferedImage scale(
      BufferedImage image, int x, int y, int w, int h, int targetWidth, int targetHeight) {
    BufferedImage current = image.getSubimage(x, y, w, h);
    int cw = w;
    int ch = h;
    boolean halved = false;
    while (cw / 2 >= targetWidth && ch / 2 >= targetHeight) {
      cw /= 2;
      ch /= 2;
      current = draw(current, cw, ch, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      halved = true;
    }
    if (halved && cw == targetWidth && ch == targetHeight) {
      return current;
    }
    return draw(current, targetWidth, targetHeight, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
  }

  private static BufferedImage draw(BufferedImage source, int w, int h, Object interpolation) {
    BufferedImage out =
        new BufferedImage(
            w,
            h,
            source.getColorModel().hasAlpha()
                ? BufferedImage.TYPE_INT_ARGB
                : BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.drawImage(source, 0, 0, w, h, null);
    } finally {
      g.dispose();
    }
    return out;
  }
}
