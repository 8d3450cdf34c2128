package vn.bulletin.site;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import vn.bulletin.cli.Main;
import vn.bulletin.pipeline.BuildListener;
import vn.bulletin.pipeline.BuildOptions;
import vn.bulletin.pipeline.BuildResult;
import vn.bulletin.pipeline.BuildSession;
import vn.bulletin.pipeline.SiteBuilder;
import vn.bulletin.testing.FileTrees;

/**
 * A small site written inline in a test and built into a temporary folder: {@code
 * TestSite.in(dir).file("content/a.md", "...").build()}.
 */
final class TestSite {
  static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
  static final String CONFIG =
      """
      site:
        name: "Bản tin thử"
        base-url: "https://bantin.example.gov.vn/"
      categories:
        - name: "Tin tức - Sự kiện"
        - name: "Thông báo"
      lists:
        page-size: 2
        other-news-count: 2
      counter:
        initial-total: 832881
      """;

  /** What the command line printed and returned. */
  record Run(int exitCode, String out, String err) {}

  private final Path dir;

  private TestSite(Path dir) {
    this.dir = dir;
  }

  /** A site with the project's templates and a small config. */
  static TestSite in(Path dir) {
    TestSite site = new TestSite(dir);
    site.file("bulletin.yaml", CONFIG);
    FileTrees.copy(Path.of("templates"), dir.resolve("templates"));
    return site;
  }

  TestSite file(String path, String text) {
    return bytes(path, text.getBytes(StandardCharsets.UTF_8));
  }

  TestSite bytes(String path, byte[] content) {
    try {
      Path file = dir.resolve(path);
      Files.createDirectories(file.getParent());
      Files.write(file, content);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  TestSite delete(String path) {
    try {
      Files.delete(dir.resolve(path));
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A news item with the given front matter lines and body. */
  TestSite item(String path, String frontMatter, String body) {
    return file(path, "---\n" + frontMatter.strip() + "\n---\n\n" + body);
  }

  BuildOptions options() {
    return BuildOptions.of(dir, Clock.fixed(NOW, ZoneOffset.UTC));
  }

  BuildResult build() {
    return build(options());
  }

  BuildResult build(BuildOptions options) {
    return new SiteBuilder(options).build();
  }

  /** A build in a session kept from earlier builds, as {@code serve --watch} keeps one. */
  BuildResult build(BuildSession session) {
    return new SiteBuilder(options(), BuildListener.SILENT, session).build();
  }

  Run cli(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  /** {@code build --source <dir> --clock <NOW>} plus extra arguments. */
  Run cliBuild(String... extra) {
    List<String> args =
        new ArrayList<>(List.of("build", "--source", dir.toString(), "--clock", NOW.toString()));
    args.addAll(List.of(extra));
    return cli(args.toArray(String[]::new));
  }

  /** {@code check --source <dir> --clock <NOW>} plus extra arguments. */
  Run cliCheck(String... extra) {
    List<String> args =
        new ArrayList<>(List.of("check", "--source", dir.toString(), "--clock", NOW.toString()));
    args.addAll(List.of(extra));
    return cli(args.toArray(String[]::new));
  }

  Path dir() {
    return dir;
  }

  Path out() {
    return dir.resolve("site");
  }

  String read(String sitePath) {
    try {
      return Files.readString(out().resolve(sitePath), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A file's text; the search chunks (.bin) are gzip and are read inflated. */
  String readText(String sitePath) {
    if (!sitePath.endsWith(".bin")) {
      return read(sitePath);
    }
    try (java.io.InputStream in =
        new java.util.zip.GZIPInputStream(Files.newInputStream(out().resolve(sitePath)))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  boolean exists(String sitePath) {
    return Files.exists(out().resolve(sitePath));
  }

  /** Every file of the built site, as site-relative paths, sorted. */
  List<String> files() {
    return FileTrees.list(out());
  }
}
