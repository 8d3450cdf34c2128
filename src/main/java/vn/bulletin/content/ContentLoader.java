package vn.bulletin.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.nio.file.FileVisitResult;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vn.bulletin.diagnostic.Diagnostic;
import vn.bulletin.yaml.ControlCharacters;

/** The load stage: walks {@code content/} in sorted order and reads every Markdown file. */
public final class ContentLoader {
  public static final String CONTENT_DIR = "content";
  public static final String PAGES_DIR = "pages/";
  /** Where documents (văn bản) live, each a bundle with its attached files. */
  public static final String DOCUMENTS_DIR = "van-ban/";
  /** Larger files are refused: no news item is this long, and Markdown parsing is not linear. */
  static final long MAX_MARKDOWN_BYTES = 2L * 1024 * 1024;

  private final Path sourceDir;

  public ContentLoader(Path sourceDir) {
    this.sourceDir = sourceDir;
  }

  /** Every source read. */
  public LoadedContent load() {
    return load(KnownSources.NONE);
  }

  /**
   * Every source listed with its stamp; those that {@code known} recognises are not read (their
   * stamps tell that they hold what an earlier build read), the others are.
   */
  public LoadedContent load(KnownSources known) {
    Path contentDir = sourceDir.resolve(CONTENT_DIR);
    List<SourceFile> items = new ArrayList<>();
    List<SourceFile> pages = new ArrayList<>();
    List<SourceFile> documents = new ArrayList<>();
    List<String> unread = new ArrayList<>();
    List<StaticFile> files = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    if (!Files.isDirectory(contentDir)) {
      problems.add(Diagnostic.error(CONTENT_DIR, "folder not found; news items go in content/<category>/<name>.md"));
      return new LoadedContent(items, pages, documents, unread, Map.of(), files, problems);
    }
    Path realRoot = realPath(contentDir);
    Map<Path, BasicFileAttributes> listed = listFiles(contentDir);
    List<Path> all = sorted(listed.keySet());
    Map<String, SourceStamp> stamps = new HashMap<>();
    List<Path> toRead = new ArrayList<>();
    for (Path file : all) {
      if (isMarkdown(file) && listed.get(file).isRegularFile()) {
        String projectPath = CONTENT_DIR + "/" + Normalizer.normalize(relative(contentDir, file), Normalizer.Form.NFC);
        SourceStamp stamp = SourceStamp.of(listed.get(file));
        stamps.put(projectPath, stamp);
        if (known.holds(projectPath, stamp)) {
          unread.add(projectPath);
          continue;
        }
      }
      toRead.add(file);
    }
    Map<Path, Read> markdown = readMarkdown(contentDir, toRead);
    Set<String> skipped = Set.copyOf(unread);
    for (Path file : all) {
      // Names saved on macOS arrive decomposed; as keys, slugs and URLs they must match the NFC text.
      String contentPath = Normalizer.normalize(relative(contentDir, file), Normalizer.Form.NFC);
      String projectPath = CONTENT_DIR + "/" + contentPath;
      if (Files.isSymbolicLink(file) && !Files.exists(file)) {
        problems.add(Diagnostic.error(projectPath, "symbolic link leads to no file; remove it or copy the file in"));
      } else if (Files.isSymbolicLink(file) && !realPath(file).startsWith(realRoot)) {
        problems.add(Diagnostic.error(projectPath, "symbolic link leads outside content/; copy the file in instead"));
      } else if (Files.isDirectory(file)) {
        continue; // a link to a folder inside content/, whose files the walk lists already
      } else if (skipped.contains(projectPath)) {
        continue; // known from its stamp: an earlier build read it, and the caller holds its parse
      } else if (!contentPath.endsWith(".md")) {
        SvgInspector.findScript(file, projectPath).ifPresentOrElse(problems::add,
            () -> files.add(new StaticFile(file, contentPath)));
      } else {
        Read read = markdown.get(file);
        problems.addAll(read.problems());
        read.source().ifPresent(source -> (contentPath.startsWith(PAGES_DIR) ? pages
            : contentPath.startsWith(DOCUMENTS_DIR) ? documents : items).add(source));
      }
    }
    return new LoadedContent(items, pages, documents, unread, stamps, files, problems);
  }

  // By the path's text: the order is the same from build to build, and comparing texts is cheaper
  // than comparing paths.
  private static List<Path> sorted(java.util.Collection<Path> files) {
    record Named(String name, Path file) {}
    return files.stream().map(f -> new Named(f.toString(), f)).sorted(java.util.Comparator.comparing(Named::name))
        .map(Named::file).toList();
  }

  private static boolean isMarkdown(Path file) {
    return file.getFileName().toString().endsWith(".md");
  }

  /**
   * One Markdown file read again, by its project path ({@code content/a/b.md}), for a message that
   * quotes its lines after the build let the texts go; empty when it cannot be read now.
   */
  public java.util.Optional<SourceFile> reread(String projectPath) {
    if (!projectPath.startsWith(CONTENT_DIR + "/")) {
      return java.util.Optional.empty();
    }
    return read(sourceDir.resolve(projectPath), projectPath, projectPath.substring(CONTENT_DIR.length() + 1),
        new ArrayList<>());
  }

  /** A Markdown file as read, or the problems that kept it from being read. */
  private record Read(java.util.Optional<SourceFile> source, List<Diagnostic> problems) {}

  // Files are read and decoded on all cores; the walk's order is kept by the caller.
  private static Map<Path, Read> readMarkdown(Path contentDir, List<Path> files) {
    Map<Path, Read> read = new ConcurrentHashMap<>();
    files.parallelStream().filter(ContentLoader::isMarkdown).forEach(file -> {
      String contentPath = Normalizer.normalize(relative(contentDir, file), Normalizer.Form.NFC);
      List<Diagnostic> problems = new ArrayList<>();
      read.put(file, new Read(read(file, CONTENT_DIR + "/" + contentPath, contentPath, problems), problems));
    });
    return read;
  }

  private static java.util.Optional<SourceFile> read(
      Path file, String projectPath, String contentPath, List<Diagnostic> problems) {
    try {
      if (Files.size(file) > MAX_MARKDOWN_BYTES) {
        problems.add(Diagnostic.error(projectPath, "file is larger than 2 MB; split it or move data to an attachment"));
        return java.util.Optional.empty();
      }
      byte[] bytes = Files.readAllBytes(file);
      if (isUtf16(bytes)) {
        problems.add(Diagnostic.error(projectPath, "file is UTF-16 text (Notepad's \"Unicode\"), not UTF-8")
            .withHint("save it with the UTF-8 encoding (in Notepad: Save As, Encoding: UTF-8)"));
        return java.util.Optional.empty();
      }
      String text = TextDecoder.decode(bytes);
      var control = ControlCharacters.first(text);
      if (control.isPresent()) {
        problems.add(controlCharacter(projectPath, text, control.getAsInt()));
        return java.util.Optional.empty();
      }
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
  // One walk gives each file's attributes, so stamping the sources costs no more than listing them.
  private static Map<Path, BasicFileAttributes> listFiles(Path dir) {
    Map<Path, BasicFileAttributes> found = new HashMap<>();
    try {
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
          return folder.equals(dir) || !isHidden(dir, folder) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
          // Its folders were looked at on the way down: only the name is left to look at.
          if (!isHiddenName(file.getFileName().toString())
              && (attributes.isRegularFile() || attributes.isSymbolicLink())) {
            found.put(file, attributes.isSymbolicLink() ? followed(file, attributes) : attributes);
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found;
  }

  // A link's own attributes say nothing of the text it leads to; a broken link keeps its own.
  private static BasicFileAttributes followed(Path link, BasicFileAttributes own) {
    try {
      return Files.readAttributes(link, BasicFileAttributes.class);
    } catch (IOException e) {
      return own;
    }
  }

  // Also the litter of Windows Explorer and Word (Thumbs.db, ~$bai.docx) and Emacs (#a.md#).
  private static boolean isHidden(Path root, Path file) {
    for (Path part : root.relativize(file)) {
      if (isHiddenName(part.toString())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isHiddenName(String name) {
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    return name.startsWith(".") || name.endsWith("~") || name.startsWith("~$") || name.startsWith("#")
        || lower.equals("thumbs.db") || lower.equals("desktop.ini");
  }

  private static boolean isUtf16(byte[] bytes) {
    return bytes.length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE
        || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF);
  }

  private static Diagnostic controlCharacter(String projectPath, String text, int index) {
    int lineStart = text.lastIndexOf('\n', index - 1) + 1;
    int lineEnd = text.indexOf('\n', index);
    String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
    int lineNumber = (int) text.substring(0, lineStart).chars().filter(c -> c == '\n').count() + 1;
    return Diagnostic.error(projectPath, "file holds " + ControlCharacters.name(text, index)
            + ", a character that pages and feeds cannot hold")
        .at(lineNumber, text.codePointCount(lineStart, index) + 1, 1, line.replaceAll("\\p{Cc}", "\uFFFD"))
        .withHint("remove it; it often comes with text pasted from PDF or old programs");
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
