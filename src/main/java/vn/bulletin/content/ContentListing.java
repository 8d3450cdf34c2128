package vn.bulletin.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.TreeMap;

/**
 * {@code content/} as one walk finds it: every file that is not hidden, sorted by its path, with
 * the attributes the walk gave. The build stamps its inputs from it, to see whether anything
 * changed, and the loader reads from it what did: the folder is walked once per build.
 */
public final class ContentListing {
  /**
   * A file found.
   *
   * @param contentPath relative to {@code content/}, with {@code /} and in NFC
   * @param attributes of what a symbolic link leads to; a broken link's own
   * @param link whether the file is a symbolic link
   * @param projectPath {@code content/} and the content path, made once: every build asks it of
   *     every file
   * @param stamp the attributes' stamp, made once for the same reason
   */
  record Entry(
      Path file,
      String contentPath,
      BasicFileAttributes attributes,
      boolean link,
      String projectPath,
      SourceStamp stamp) {
    Entry(Path file, String contentPath, BasicFileAttributes attributes, boolean link) {
      this(
          file,
          contentPath,
          attributes,
          link,
          ContentLoader.CONTENT_DIR + "/" + contentPath,
          SourceStamp.of(attributes));
    }

    boolean isMarkdown() {
      return contentPath.endsWith(".md");
    }
  }

  private final Path contentDir;
  private final boolean found;
  private final List<Entry> entries;

  private ContentListing(Path contentDir, boolean found, List<Entry> entries) {
    this.contentDir = contentDir;
    this.found = found;
    this.entries = entries;
  }

  /** Walks {@code content/} of the project in {@code sourceDir}. */
  public static ContentListing of(Path sourceDir) {
    Path contentDir = sourceDir.resolve(ContentLoader.CONTENT_DIR);
    if (!Files.isDirectory(contentDir)) {
      return new ContentListing(contentDir, false, List.of());
    }
    List<Entry> entries = walkOnAllCores(contentDir);
    entries.sort(Comparator.comparing(Entry::contentPath));
    return new ContentListing(contentDir, true, List.copyOf(entries));
  }

  // Each folder of content/ walked on its own core: at 10,000 files the walk is most of a no-change
  // build, and it waits on the file system's answers one file at a time.
  private static List<Entry> walkOnAllCores(Path contentDir) {
    List<Path> top = new ArrayList<>();
    List<Entry> found = new ArrayList<>();
    try (DirectoryStream<Path> children = Files.newDirectoryStream(contentDir)) {
      for (Path child : children) {
        if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)
            && !isHiddenName(child.getFileName().toString())) {
          top.add(child);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    found.addAll(walk(contentDir, contentDir, 1));
    top.parallelStream()
        .map(folder -> walk(contentDir, folder, Integer.MAX_VALUE))
        .forEachOrdered(found::addAll);
    return found;
  }

  /**
   * The listing after the saves a watcher saw since this one was made: only the files and folders
   * named are looked at again (a folder with all it holds). A listing with links, or saves that
   * name {@code content/} itself, is walked again whole.
   *
   * @param saved paths relative to the project folder ({@code content/tin-tuc/a.md}); others are
   *     ignored
   */
  public ContentListing after(Collection<Path> saved) {
    Path sourceDir = contentDir.getParent();
    List<Path> touched = new ArrayList<>();
    for (Path path : saved) {
      Path file = sourceDir.resolve(path).normalize();
      if (file.equals(contentDir) || contentDir.startsWith(file)) {
        return of(sourceDir);
      }
      if (file.startsWith(contentDir)) {
        touched.add(file);
      }
    }
    if (!found || hasLinks()) {
      return of(sourceDir);
    }
    if (touched.isEmpty()) {
      return this;
    }
    TreeMap<String, Entry> next = new TreeMap<>();
    for (Entry entry : entries) {
      if (touched.stream().noneMatch(entry.file()::startsWith)) {
        next.put(entry.contentPath(), entry);
      }
    }
    for (Path file : touched) {
      lookAgain(file).forEach(entry -> next.put(entry.contentPath(), entry));
    }
    return new ContentListing(contentDir, true, List.copyOf(next.values()));
  }

  // What is at a saved path now: nothing, a file, or a folder and all it holds.
  private List<Entry> lookAgain(Path file) {
    for (Path part : contentDir.relativize(file)) {
      if (isHiddenName(part.toString())) {
        return List.of();
      }
    }
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      return List.of(); // gone
    }
    if (attributes.isDirectory()) {
      try {
        return walk(contentDir, file);
      } catch (UncheckedIOException e) {
        return List.of(); // removed while walked: its own event comes next
      }
    }
    if (!attributes.isRegularFile() && !attributes.isSymbolicLink()) {
      return List.of();
    }
    boolean link = attributes.isSymbolicLink();
    return List.of(
        new Entry(
            file,
            contentPath(contentDir, file),
            link ? followed(file, attributes) : attributes,
            link));
  }

  Path contentDir() {
    return contentDir;
  }

  boolean found() {
    return found;
  }

  List<Entry> entries() {
    return entries;
  }

  /**
   * Whether some file is a symbolic link: its stamp is the link's target's, which may change
   * unseen.
   */
  public boolean hasLinks() {
    return entries.stream().anyMatch(Entry::link);
  }

  /** Told of each file of a listing, in order. */
  @FunctionalInterface
  public interface StampVisitor {
    /**
     * @param projectPath {@code content/...}, in NFC; {@code file} is where it is on disk
     */
    void visit(String projectPath, Path file, SourceStamp stamp);
  }

  /** Each file's project path, place and stamp, in order. */
  public void forEachStamp(StampVisitor visitor) {
    for (Entry entry : entries) {
      visitor.visit(entry.projectPath(), entry.file(), entry.stamp());
    }
  }

  private static List<Entry> walk(Path dir, Path start) {
    return walk(dir, start, Integer.MAX_VALUE);
  }

  private static List<Entry> walk(Path dir, Path start, int depth) {
    List<Entry> found = new ArrayList<>();
    try {
      Files.walkFileTree(
          start,
          EnumSet.noneOf(FileVisitOption.class),
          depth,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
              return folder.equals(start) || !isHiddenName(folder.getFileName().toString())
                  ? FileVisitResult.CONTINUE
                  : FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
              // Its folders were looked at on the way down: only the name is left to look at.
              if (!isHiddenName(file.getFileName().toString())
                  && (attributes.isRegularFile() || attributes.isSymbolicLink())) {
                boolean link = attributes.isSymbolicLink();
                found.add(
                    new Entry(
                        file,
                        contentPath(dir, file),
                        link ? followed(file, attributes) : attributes,
                        link));
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found;
  }

  // Names saved on macOS arrive decomposed; as keys, slugs and URLs they must match the NFC text.
  static String contentPath(Path contentDir, Path file) {
    String relative = contentDir.relativize(file).toString().replace('\\', '/');
    return Normalizer.isNormalized(relative, Normalizer.Form.NFC)
        ? relative
        : Normalizer.normalize(relative, Normalizer.Form.NFC);
  }

  // A link's own attributes say nothing of the text it leads to; a broken link keeps its own.
  private static BasicFileAttributes followed(Path link, BasicFileAttributes own) {
    try {
      return Files.readAttributes(link, BasicFileAttributes.class);
    } catch (IOException e) {
      return own;
    }
  }

  private static boolean isHiddenName(String name) {
    return ScratchFiles.matches(name);
  }
}
