package vn.bulletin.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import vn.bulletin.photo.PhotoFormat;
import vn.bulletin.plan.FileSpec;
import vn.bulletin.plan.SitePlan;
import vn.bulletin.render.TemplateSource;

/**
 * The templates' assets, published under {@code assets/}: the files of the project's templates'
 * {@code assets/} folder as they are, their photos as clean copies, or, for a project without
 * templates of its own, the assets built into bulletin.
 */
final class TemplateAssets {
  private TemplateAssets() {}

  /**
   * The built-in assets (all of them text), for a project without a templates folder; else none.
   */
  static List<SitePlan.TextFile> builtIn(Path project) {
    if (TemplateSource.of(project).dir().isPresent()) {
      return List.of();
    }
    List<SitePlan.TextFile> assets = new ArrayList<>();
    for (String name : TemplateSource.embeddedAssets()) {
      assets.add(
          new SitePlan.TextFile(
              "assets/" + name,
              new String(
                  TemplateSource.embeddedAsset(name), java.nio.charset.StandardCharsets.UTF_8)));
    }
    return assets;
  }

  /** In path order; none when the project's templates have no assets folder. */
  static List<FileSpec> of(Path project) {
    Optional<Path> dir = TemplateSource.of(project).dir().map(d -> d.resolve("assets"));
    if (dir.isEmpty() || !Files.isDirectory(dir.get())) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(dir.get())) {
      List<FileSpec> assets = new ArrayList<>();
      walk.filter(Files::isRegularFile)
          .sorted()
          .forEach(
              p -> {
                String path = "assets/" + dir.get().relativize(p).toString().replace('\\', '/');
                assets.add(
                    new FileSpec(
                        path,
                        p,
                        PhotoFormat.byName(path).isPresent()
                            ? FileSpec.Copy.PHOTO_WITHOUT_METADATA
                            : FileSpec.Copy.AS_IS));
              });
      return assets;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
