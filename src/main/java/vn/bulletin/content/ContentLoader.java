package vn.bulletin.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
    return load(ContentListing.of(sourceDir), KnownSources.NONE);
  }

  /**
   * Every source listed, those that {@code known} recognises not read: see {@link
   * #load(ContentListing, KnownSources)}.
   */
  public LoadedContent load(KnownSources known) {
    return load(ContentListing.of(sourceDir), known);
  }

  /**
   * Every source of {@code listing} with its stamp; those that {@code known} recognises are not
   * read (their stamps tell that they hold what an earlier build read), the others are.
   */
  public LoadedContent load(ContentListing listing, KnownSources known) {
    List<SourceFile> items = new ArrayList<>();
    List<SourceFile> pages = new ArrayList<>();
    List<SourceFile> documents = new ArrayList<>();
    List<String> unread = new ArrayList<>();
    List<StaticFile> files = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    if (!listing.found()) {
      problems.add(
          Diagnostic.error(
              CONTENT_DIR, "folder not found; news items go in content/<category>/<name>.md"));
      return new LoadedContent(items, pages, documents, unread, Map.of(), files, problems);
    }
    Map<String, SourceStamp> stamps = new HashMap<>();
    List<ContentListing.Entry> toRead = new ArrayList<>();
    Set<String> skipped = new HashSet<>();
    for (ContentListing.Entry entry : listing.entries()) {
      if (!entry.isMarkdown()) {
        continue;
      }
      if (entry.attributes().isRegularFile()) {
        SourceStamp stamp = entry.stamp();
        stamps.put(entry.projectPath(), stamp);
        if (known.holds(entry.projectPath(), stamp)) {
          unread.add(entry.projectPath());
          skipped.add(entry.contentPath());
          continue;
        }
      }
      toRead.add(entry);
    }
    Map<String, Read> markdown = readMarkdown(toRead);
    Path realRoot = listing.hasLinks() ? realPath(listing.contentDir()) : listing.contentDir();
    for (ContentListing.Entry entry : listing.entries()) {
      String contentPath = entry.contentPath();
      String projectPath = entry.projectPath();
      if (entry.link() && entry.attributes().isSymbolicLink()) {
        problems.add(
            Diagnostic.error(
                projectPath, "symbolic link leads to no file; remove it or copy the file in"));
      } else if (entry.link() && !realPath(entry.file()).startsWith(realRoot)) {
        problems.add(
            Diagnostic.error(
                projectPath, "symbolic link leads outside content/; copy the file in instead"));
      } else if (entry.attributes().isDirectory()) {
        continue; // a link to a folder inside content/, whose files the walk lists already
      } else if (skipped.contains(contentPath)) {
        continue; // known from its stamp: an earlier build read it, and the caller holds its parse
      } else if (!entry.isMarkdown()) {
        SvgInspector.findScript(entry.file(), projectPath)
            .ifPresentOrElse(
                problems::add, () -> files.add(new StaticFile(entry.file(), contentPath)));
      } else {
        Read read = markdown.get(contentPath);
        problems.addAll(read.problems());
        read.source()
            .ifPresent(
                source ->
                    (contentPath.startsWith(PAGES_DIR)
                            ? pages
                            : contentPath.startsWith(DOCUMENTS_DIR) ? documents : items)
                        .add(source));
      }
    }
    return new LoadedContent(items, pages, documents, unread, stamps, files, problems);
  }

  /**
   * One Markdown file read again, by its project path ({@code content/a/b.md}), for a message that
   * quotes its lines after the build let the texts go; empty when it cannot be read now.
   */
  public java.util.Optional<SourceFile> reread(String projectPath) {
    if (!projectPath.startsWith(CONTENT_DIR + "/")) {
      return java.util.Optional.empty();
    }
    return read(
        sourceDir.resolve(projectPath),
        projectPath,
        projectPath.substring(CONTENT_DIR.length() + 1),
        new ArrayList<>());
  }

  /** A Markdown file as read, or the problems that kept it from being read. */
  private record Read(java.util.Optional<SourceFile> source, List<Diagnostic> problems) {}

  // Files are read and decoded on all cores; the walk's order is kept by the caller.
  private static Map<String, Read> readMarkdown(List<ContentListing.Entry> entries) {
    Map<String, Read> read = new ConcurrentHashMap<>();
    entries.parallelStream()
        .forEach(
            entry -> {
              List<Diagnostic> problems = new ArrayList<>();
              read.put(
                  entry.contentPath(),
                  new Read(
                      read(entry.file(), entry.projectPath(), entry.contentPath(), problems),
                      problems));
            });
    return read;
  }

  private static java.util.Optional<SourceFile> read(
      Path file, String projectPath, String contentPath, List<Diagnostic> problems) {
    try {
      if (Files.size(file) > MAX_MARKDOWN_BYTES) {
        problems.add(
            Diagnostic.error(
                projectPath, "file is larger than 2 MB; split it or move data to an attachment"));
        return java.util.Optional.empty();
      }
      byte[] bytes = Files.readAllBytes(file);
      if (isUtf16(bytes)) {
        problems.add(
            Diagnostic.error(projectPath, "file is UTF-16 text (Notepad's \"Unicode\"), not UTF-8")
                .withHint(
                    "save it with the UTF-8 encoding (in Notepad: Save As, Encoding: UTF-8)"));
        return java.util.Optional.empty();
      }
      String text = TextDecoder.decode(bytes);
      var control = ControlCharacters.first(text);
      if (control.isPresent()) {
        problems.add(controlCharacter(projectPath, text, control.getAsInt()));
        return java.util.Optional.empty();
      }
      if (text.isBlank()) {
        problems.add(
            Diagnostic.error(
                projectPath,
                "file is empty; a news item starts with front matter between \"---\" lines"));
        return java.util.Optional.empty();
      }
      return java.util.Optional.of(SourceFile.of(projectPath, contentPath, text));
    } catch (TextDecoder.NotUtf8Exception e) {
      problems.add(
          Diagnostic.error(projectPath, "file is not UTF-8 text")
              .atLine(e.lineNumber(), "")
              .withHint(
                  "save it with the UTF-8 encoding (in Word: Save As, Plain Text, Unicode (UTF-8))"));
    } catch (IOException e) {
      problems.add(Diagnostic.error(projectPath, "cannot read the file: " + e.getMessage()));
    }
    return java.util.Optional.empty();
  }

  private static boolean isUtf16(byte[] bytes) {
    return bytes.length >= 2
        && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE
            || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF);
  }

  private static Diagnostic controlCharacter(String projectPath, String text, int index) {
    int lineStart = text.lastIndexOf('\n', index - 1) + 1;
    int lineEnd = text.indexOf('\n', index);
    String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
    int lineNumber = (int) text.substring(0, lineStart).chars().filter(c -> c == '\n').count() + 1;
    return Diagnostic.error(
            projectPath,
            "file holds "
                + ControlCharacters.name(text, index)
                + ", a character that pages and feeds cannot hold")
        .at(
            lineNumber,
            text.codePointCount(lineStart, index) + 1,
            1,
            line.replaceAll("\\p{Cc}", "\uFFFD"))
        .withHint("remove it; it often comes with text pasted from PDF or old programs");
  }

  private static Path realPath(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return path.toAbsolutePath().normalize();
    }
  }
}
