package vn.bulletin.photo;

import java.util.ArrayList;
import java.util.List;

/**
 * Names and measures a photo's variants from its upright size alone, so pages can name them before
 * any is encoded. A variant is never wider than what it is cut from: a small photo gets fewer
 * copies, the narrowest at its own width.
 */
public final class VariantPlanner {
  private final PhotoSettings settings;

  public VariantPlanner(PhotoSettings settings) {
    this.settings = settings;
  }

  /**
   * @param sitePath where the original would be published: {@code tin-tuc/a/anh-1.jpg}
   */
  public VariantSet plan(String sitePath, int uprightWidth, int uprightHeight, PhotoFormat format) {
    String stem = stem(sitePath);
    List<Variant> resized = new ArrayList<>();
    for (int w : widths(settings.widths(), uprightWidth)) {
      int h = scaled(uprightHeight, w, uprightWidth);
      resized.add(
          new Variant(
              stem + "-" + w + "." + format.extension(),
              w,
              h,
              0,
              0,
              uprightWidth,
              uprightHeight,
              format));
    }
    int aw = settings.coverAspectWidth();
    int ah = settings.coverAspectHeight();
    boolean wider = (long) uprightWidth * ah > (long) uprightHeight * aw;
    int cropWidth = wider ? Math.max(1, scaled(uprightHeight, aw, ah)) : uprightWidth;
    int cropHeight = wider ? uprightHeight : Math.max(1, scaled(uprightWidth, ah, aw));
    int x = (uprightWidth - cropWidth) / 2;
    int y = (uprightHeight - cropHeight) / 2;
    List<Variant> covers = new ArrayList<>();
    for (int w : widths(settings.coverWidths(), cropWidth)) {
      int h = scaled(cropHeight, w, cropWidth);
      covers.add(
          new Variant(
              stem + "-" + w + "x" + h + "." + format.extension(),
              w,
              h,
              x,
              y,
              cropWidth,
              cropHeight,
              format));
    }
    return new VariantSet(resized, covers);
  }

  // The configured widths below the photo's, then the photo's own when it is narrower than the
  // widest.
  private static List<Integer> widths(List<Integer> configured, int available) {
    List<Integer> widths = new ArrayList<>(configured.stream().filter(w -> w < available).toList());
    if (available <= configured.get(configured.size() - 1) || widths.isEmpty()) {
      widths.add(available);
    }
    return widths;
  }

  private static int scaled(int length, int numerator, int denominator) {
    return (int) Math.max(1, Math.round((double) length * numerator / denominator));
  }

  private static String stem(String sitePath) {
    int slash = sitePath.lastIndexOf('/');
    int dot = sitePath.lastIndexOf('.');
    return dot > slash ? sitePath.substring(0, dot) : sitePath;
  }
}
