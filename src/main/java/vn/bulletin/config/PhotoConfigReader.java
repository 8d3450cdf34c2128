package vn.bulletin.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.bulletin.photo.PhotoSettings;
import vn.bulletin.yaml.FieldReader;
import vn.bulletin.yaml.YamlMap;
import vn.bulletin.yaml.YamlNode;

/**
 * Reads {@code photos:} of {@code bulletin.yaml}: the copies' widths, the covers' shape, the JPEG
 * quality.
 */
final class PhotoConfigReader {
  private static final int MAX_WIDTH = 8000;
  private final FieldReader fields;

  PhotoConfigReader(FieldReader fields) {
    this.fields = fields;
  }

  PhotoSettings read(YamlMap photos) {
    fields.rejectUnknown(
        photos,
        Set.of(
            "widths",
            "cover-widths",
            "cover-aspect",
            "jpeg-quality",
            "publish-originals",
            "column-width"),
        "setting");
    PhotoSettings d = PhotoSettings.DEFAULT;
    int[] aspect = aspect(photos).orElse(new int[] {d.coverAspectWidth(), d.coverAspectHeight()});
    int quality = fields.positiveInt(photos, "jpeg-quality").orElse(d.jpegQuality());
    if (quality > 100) {
      fields.report(
          fields.error(
              photos.find("jpeg-quality").orElseThrow().value(),
              "jpeg-quality must be from 1 to 100; 75 to 85 suits photos"));
      quality = d.jpegQuality();
    }
    return new PhotoSettings(
        widths(photos, "widths").orElse(d.widths()),
        widths(photos, "cover-widths").orElse(d.coverWidths()),
        aspect[0],
        aspect[1],
        quality,
        fields.bool(photos, "publish-originals").orElse(d.publishOriginals()),
        fields.positiveInt(photos, "column-width").orElse(d.columnWidth()));
  }

  private Optional<List<Integer>> widths(YamlMap photos, String key) {
    if (photos.find(key).isEmpty()) {
      return Optional.empty();
    }
    List<Integer> widths = new ArrayList<>();
    for (String text : fields.textList(photos, key)) {
      if (!text.matches("[0-9]{1,5}")
          || Integer.parseInt(text) < 1
          || Integer.parseInt(text) > MAX_WIDTH) {
        fields.report(
            fields.error(
                node(photos, key),
                key
                    + " must be a list of widths in pixels from 1 to "
                    + MAX_WIDTH
                    + ", such as [480, 800, 1200], not \""
                    + text
                    + "\""));
        return Optional.empty();
      }
      widths.add(Integer.parseInt(text));
    }
    if (widths.isEmpty()) {
      fields.report(fields.error(node(photos, key), key + " must list at least one width"));
      return Optional.empty();
    }
    return Optional.of(widths);
  }

  private Optional<int[]> aspect(YamlMap photos) {
    Optional<String> text = fields.text(photos, "cover-aspect");
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String[] parts = text.get().strip().split("\\s*:\\s*");
    if (parts.length == 2
        && parts[0].matches("[1-9][0-9]{0,2}")
        && parts[1].matches("[1-9][0-9]{0,2}")) {
      return Optional.of(new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])});
    }
    fields.report(
        fields.error(
            node(photos, "cover-aspect"),
            "cover-aspect must be width:height, such as \"3:2\" "
                + "or \"16:9\", not \""
                + text.get()
                + "\""));
    return Optional.empty();
  }

  private static YamlNode node(YamlMap map, String key) {
    return map.find(key).orElseThrow().value();
  }
}
