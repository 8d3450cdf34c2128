package vn.bulletin.photo;

import java.util.List;
import java.util.stream.Stream;

/**
 * The copies a photo is published as: resized in a few widths for articles, and cropped to the
 * covers' aspect ratio for lists. Each list is ascending by width and never empty.
 */
public record VariantSet(List<Variant> resized, List<Variant> covers) {
  public VariantSet {
    resized = List.copyOf(resized);
    covers = List.copyOf(covers);
  }

  /** The copy an article's {@code src} names, for browsers without {@code srcset}: the widest. */
  public Variant largest() {
    return resized.get(resized.size() - 1);
  }

  public Variant largestCover() {
    return covers.get(covers.size() - 1);
  }

  public List<Variant> all() {
    return Stream.concat(resized.stream(), covers.stream()).toList();
  }
}
