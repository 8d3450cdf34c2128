package vn.bulletin.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where templates and their assets come from: the site's {@code templates/} folder, or the defaults
 * inside the jar when a site has none.
 */
public final class TemplateSource {
  static final String EMBEDDED_ROOT = "/vn/bulletin/default-templates";
  /** Assets listed here are the ones the default templates use; they ship in the jar. */
  static final String[] EMBEDDED_ASSETS = {"style.css", "print.css", "site.js", "counter.js", "favicon.svg",
      "search-analysis.js", "search-index.js", "search-rank.js", "search.js"};

  private final Optional<Path> dir;

  private TemplateSource(Optional<Path> dir) {
    this.dir = dir;
  }

  public static TemplateSource of(Path sourceDir) {
    Path templates = sourceDir.resolve("templates");
    return new TemplateSource(Files.isDirectory(templates) ? Optional.of(templates) : Optional.empty());
  }

  public Optional<Path> dir() {
    return dir;
  }

  /** How a template is named in messages: its project path, or "(built-in)". */
  public String displayName(String template) {
    return dir.isPresent() ? "templates/" + template : "(built-in template) " + template;
  }

  /** The text of a 1-based line of a template in the site's folder, for error messages. */
  String line(String template, int lineNumber) {
    if (dir.isEmpty() || lineNumber < 1) {
      return "";
    }
    try {
      return Files.readAllLines(dir.get().resolve(template)).stream().skip(lineNumber - 1L).findFirst().orElse("");
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }

  TemplateLoader loader() {
    try {
      return dir.isPresent() ? new FileTemplateLoader(dir.get().toFile()) : new ClassTemplateLoader(
          TemplateSource.class, EMBEDDED_ROOT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bytes of an embedded asset, for sites without their own templates. */
  public static byte[] embeddedAsset(String name) {
    try (InputStream in = TemplateSource.class.getResourceAsStream(EMBEDDED_ROOT + "/assets/" + name)) {
      if (in == null) {
        throw new IllegalStateException("asset missing from the jar: " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String[] embeddedAssets() {
    return EMBEDDED_ASSETS.clone();
  }
}
