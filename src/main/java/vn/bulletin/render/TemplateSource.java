package vn.bulletin.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where templates and their assets come from: the site's {@code templates/} folder, or the defaults
 * inside the jar when a site has none.
 */
public final class TemplateSource {
  static final String EMBEDDED_ROOT = "/vn/bulletin/default-templates";

  /** Assets listed here are the ones the default templates use; they ship in the jar. */
  static final String[] EMBEDDED_ASSETS = {
    "style.css",
    "print.css",
    "site.js",
    "counter.js",
    "favicon.svg",
    "search-analysis.js",
    "search-index.js",
    "search-score.js",
    "search-plan.js",
    "search-rank.js",
    "search.js"
  };

  static final String[] EMBEDDED_TEMPLATES = {
    "404.ftlh",
    "article.ftlh",
    "home.ftlh",
    "layout.ftlh",
    "list.ftlh",
    "page.ftlh",
    "rss.ftlx",
    "search.ftlh",
    "sitemap.ftlh",
    "sitemap.ftlx"
  };

  private final Optional<Path> dir;

  private TemplateSource(Optional<Path> dir) {
    this.dir = dir;
  }

  public static TemplateSource of(Path sourceDir) {
    Path templates = sourceDir.resolve("templates");
    return new TemplateSource(
        Files.isDirectory(templates) ? Optional.of(templates) : Optional.empty());
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
      return Files.readAllLines(dir.get().resolve(template)).stream()
          .skip(lineNumber - 1L)
          .findFirst()
          .orElse("");
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }

  TemplateLoader loader() {
    try {
      return dir.isPresent()
          ? new FileTemplateLoader(dir.get().toFile())
          : new ClassTemplateLoader(TemplateSource.class, EMBEDDED_ROOT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A hash of every template (not the assets, which are copied): pages rendered with other
   * templates are rendered again. Templates that cannot be read hash as missing; rendering reports
   * them.
   */
  public String fingerprint() {
    MessageDigest digest = sha256();
    if (dir.isPresent()) {
      try (Stream<Path> walk = Files.walk(dir.get())) {
        for (Path file :
            walk.filter(Files::isRegularFile)
                .filter(f -> !dir.get().relativize(f).startsWith("assets"))
                .sorted()
                .toList()) {
          add(digest, dir.get().relativize(file).toString(), readOrEmpty(file));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    } else {
      for (String name : EMBEDDED_TEMPLATES) {
        add(digest, name, embedded(EMBEDDED_ROOT + "/" + name));
      }
    }
    return HexFormat.of().formatHex(digest.digest(), 0, 16);
  }

  private static void add(MessageDigest digest, String name, byte[] bytes) {
    digest.update(name.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
    digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
    digest.update(bytes);
  }

  private static byte[] readOrEmpty(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      return new byte[0];
    }
  }

  private static byte[] embedded(String resource) {
    try (InputStream in = TemplateSource.class.getResourceAsStream(resource)) {
      return in == null ? new byte[0] : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /** The bytes of an embedded asset, for sites without their own templates. */
  public static byte[] embeddedAsset(String name) {
    try (InputStream in =
        TemplateSource.class.getResourceAsStream(EMBEDDED_ROOT + "/assets/" + name)) {
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
