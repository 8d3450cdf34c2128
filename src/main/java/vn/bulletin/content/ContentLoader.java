package vn.bulletin.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import vn.bulletin.diagnostic.Diagnostic;

/** The load stage: walks {@code content/} in sorted order and reads every Markdown file. */
public final class ContentLoader {
  public static final String CONTENT_DIR = "content";
  public static final String PAGES_DIR = "pages/";
  /** Larger files are refused: no news item is this long, and Markdown parsing is not linear. */
  static final long MAX_MARKDOWN_BYTES = 2L * 1024 * 1024;

  private final Path sourceDir;

  public ContentLoader(Path sourceDir) {
    this.sourceDir = sourceDir;
  }

  public LoadedContent load() {
    Path contentDir = sourceDir.resolve(CONTENT_DIR);
    List<SourceFile> items = new ArrayList<>();
    List<SourceFile> pages = new ArrayList<>();
    List<StaticFile> files = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    if (!Files.isDirectory(contentDir)) {
      problems.add(Diagnostic.error(CONTENT_DIR, "folder not found; news items go in content/<category>/<name>.md"));
      return new LoadedContent(items, pages, files, problems);
    }
    Path realRoot = realPath(contentDir);
    for (Path file : listFiles(contentDir)) {
      String contentPath = relative(contentDir, file);
      String projectPath = CONTENT_DIR + "/" + contentPath;
      if (Files.isSymbolicLink(file) && !Files.exists(file)) {
        problems.add(Diagnostic.error(projectPath, "symbolic link leads to no file; remove it or copy the file in"));
      } else if (Files.isSymbolicLink(file) && !realPath(file).startsWith(realRoot)) {
        problems.add(Diagnostic.error(projectPath, "symbolic link leads outside content/; copy the file in instead"));
      } else if (Files.isDirectory(file)) {
        continue; // a link to a folder inside content/, whose files the walk lists already
      } else if (!contentPath.endsWith(".md")) {
        files.add(new StaticFile(file, contentPath));
      } else {
        read(file, projectPath, contentPath, problems)
            .ifPresent(source -> (contentPath.startsWith(PAGES_DIR) ? pages : items).add(source));
      }
    }
    return new LoadedContent(items, pages, files, problems);
  }

  private static java.util.Optional<SourceFile> read(
      Path file, String projectPath, String contentPath, List<Diagnostic> problems) {
    try {
      if (Files.size(file) > MAX_MARKDOWN_BYTES) {
        problems.add(Diagnostic.error(projectPath, "file is larger than 2 MB; split it or move data to an attachment"));
        return java.util.Optional.empty();
      }
      String text = TextDecoder.decode(Files.readAllBytes(file));
      if (text.isBlank()) {
        problems.add(Diagnostic.error(projectPath, "file is empty; a news item starts with front matter between \"---\" lines"));
        return java.util.Optional.empty();
      }
      return java.util.Optional.of(SourceFile.of(projectPath, contentPath, text));
    } catch (TextDecoder.NotUtf8Exception e) {
      problems.add(Diagnostic.error(projectPath, "file is not UTF-8 text").atLine(e.lineNumber(), "")
          .withHint("save it with the UTF-8 encoding (in Word: Save As, Plain Text, Unicode (UTF-8))"));
    } catch (IOException e) {
      problems.add(Diagnostic.error(projectPath, "cannot read the file: " + e.getMessage()));
    }
    return java.util.Optional.empty();
  }

  // Sorted so that every build sees files in the same order; hidden and backup files are skipped.
  private static List<Path> listFiles(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> !p.equals(dir))
          .filter(p -> !isHidden(dir, p))
          .filter(p -> Files.isRegularFile(p) || Files.isSymbolicLink(p))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isHidden(Path root, Path file) {
    for (Path part : root.relativize(file)) {
      String name = part.toString();
      if (name.startsWith(".") || name.endsWith("~")) {
        return true;
      }
    }
    return false;
  }

  private static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }

  private static Path realPath(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return path.toAbsolutePath().normalize();
    }
  }
}
