package vn.bulletin.photo;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Chooses the format a photo's variants are published in. JPEG stays JPEG. A PNG with transparency
 * stays PNG; an opaque one (a screenshot, a photo saved as PNG) becomes JPEG when its smallest copy
 * encodes smaller that way, which a photo does and a screenshot of flat colours and text does not.
 */
final class FormatSelector {
  private final VariantPlanner planner;
  private final PhotoEncoder encoder;

  FormatSelector(VariantPlanner planner, PhotoEncoder encoder) {
    this.planner = planner;
    this.encoder = encoder;
  }

  PhotoFormat select(String contentPath, Path file, PhotoHeader header) throws PhotoProblem {
    if (header.format() == PhotoFormat.JPEG || header.alpha()) {
      return header.format();
    }
    Variant png =
        planner
            .plan(contentPath, header.uprightWidth(), header.uprightHeight(), PhotoFormat.PNG)
            .resized()
            .get(0);
    Variant jpeg =
        new Variant(
            png.sitePath(),
            png.width(),
            png.height(),
            png.cropX(),
            png.cropY(),
            png.cropWidth(),
            png.cropHeight(),
            PhotoFormat.JPEG);
    Map<Variant, byte[]> trial = encoder.encode(file, header, List.of(png, jpeg));
    return trial.get(jpeg).length < trial.get(png).length ? PhotoFormat.JPEG : PhotoFormat.PNG;
  }
}
