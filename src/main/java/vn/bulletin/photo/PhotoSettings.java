package vn.bulletin.photo;

import java.util.List;

/**
 * How photos are published, from {@code photos:} in {@code bulletin.yaml}.
 *
 * @param widths the widths of the resized copies an article shows, ascending
 * @param coverWidths the widths of the cropped covers lists and "Tin nổi bật" show, ascending
 * @param coverAspectWidth with {@code coverAspectHeight}, the covers' aspect ratio (3:2)
 * @param jpegQuality 1 to 100
 * @param publishOriginals whether the files editors dropped in are published beside their copies
 * @param columnWidth the widest a photo is shown in an article's column, in CSS pixels
 */
public record PhotoSettings(
    List<Integer> widths,
    List<Integer> coverWidths,
    int coverAspectWidth,
    int coverAspectHeight,
    int jpegQuality,
    boolean publishOriginals,
    int columnWidth) {

  public static final PhotoSettings DEFAULT =
      new PhotoSettings(List.of(480, 800, 1200), List.of(360, 720), 3, 2, 82, false, 768);

  public PhotoSettings {
    widths = List.copyOf(widths.stream().sorted().distinct().toList());
    coverWidths = List.copyOf(coverWidths.stream().sorted().distinct().toList());
    if (widths.isEmpty()
        || coverWidths.isEmpty()
        || coverAspectWidth <= 0
        || coverAspectHeight <= 0
        || jpegQuality < 1
        || jpegQuality > 100
        || columnWidth <= 0) {
      throw new IllegalArgumentException("bad photo settings");
    }
  }

  /** What a variant's bytes depend on besides the photo and the variant's own size. */
  String encodingKey() {
    return "q" + jpegQuality;
  }

  /**
   * The {@code sizes} attribute of an article's photos: the column, or the screen when narrower.
   */
  public String sizes() {
    return "(max-width: " + columnWidth + "px) 100vw, " + columnWidth + "px";
  }
}
