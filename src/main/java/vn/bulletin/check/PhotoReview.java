package vn.bulletin.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.bulletin.content.FrontMatter;
import vn.bulletin.content.SourceFile;
import vn.bulletin.content.StaticFile;
import vn.bulletin.diagnostic.Diagnostic;
import vn.bulletin.markdown.ImageFinder;

/**
 * Photos that build but serve readers badly: no alt text for screen readers, or too heavy for
 * phones.
 */
final class PhotoReview {
  /** Above this a photo takes seconds on a 3G phone; 1600 px wide JPEGs stay well under it. */
  static final long MAX_PHOTO_BYTES = 2L * 1024 * 1024;

  private static final Set<String> PHOTO_EXTENSIONS =
      Set.of("jpg", "jpeg", "png", "gif", "webp", "avif", "svg");

  private final ImageFinder images = new ImageFinder();

  List<Diagnostic> withoutAlt(SourceFile source, FrontMatter fm) {
    List<Diagnostic> found = new ArrayList<>();
    for (ImageFinder.Photo photo : images.find(fm.body(), fm.bodyLineOffset())) {
      if (photo.alt().isEmpty()) {
        found.add(
            Diagnostic.warning(source.path(), "photo \"" + photo.url() + "\" has no alt text")
                .at(
                    photo.lineNumber(),
                    photo.columnNumber(),
                    photo.width(),
                    source.line(photo.lineNumber()))
                .withHint(
                    "describe the photo between the brackets, e.g. ![Quang cảnh buổi lễ](anh-1.jpg)"));
      }
    }
    return found;
  }

  List<Diagnostic> tooLarge(List<StaticFile> files) {
    List<Diagnostic> found = new ArrayList<>();
    for (StaticFile file : files) {
      String name = file.contentPath().toLowerCase(Locale.ROOT);
      String extension = name.substring(name.lastIndexOf('.') + 1);
      long size = size(file);
      if (PHOTO_EXTENSIONS.contains(extension) && size > MAX_PHOTO_BYTES) {
        found.add(
            Diagnostic.warning(
                    "content/" + file.contentPath(),
                    String.format(
                        Locale.ROOT,
                        "photo is %.1f MB, over the %d MB limit",
                        size / 1048576.0,
                        MAX_PHOTO_BYTES / 1048576))
                .withHint(
                    "resize it to about 1600 px wide or save it with a lower JPEG quality;"
                        + " heavy photos load slowly on phones"));
      }
    }
    return found;
  }

  private static long size(StaticFile file) {
    try {
      return Files.size(file.file());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
