package vn.bulletin.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import vn.bulletin.plan.FileSpec;
import vn.bulletin.render.TemplateSource;

/** The files of the templates' {@code assets/} folder, published under {@code assets/} as they are. */
final class TemplateAssets {
  private TemplateAssets() {}

  /** In path order; none when the project's templates have no assets folder. */
  static List<FileSpec> of(Path source) {
    Optional<Path> dir = TemplateSource.of(source).dir().map(d -> d.resolve("assets"));
    if (dir.isEmpty() || !Files.isDirectory(dir.get())) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(dir.get())) {
      List<FileSpec> assets = new ArrayList<>();
      walk.filter(Files::isRegularFile).sorted().forEach(p ->
          assets.add(new FileSpec("assets/" + dir.get().relativize(p).toString().replace('\\', '/'), p)));
      return assets;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
