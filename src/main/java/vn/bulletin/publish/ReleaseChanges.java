package vn.bulletin.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Where a release differs from the release it was made from (its base, the one live while it was
 * built): the paths written anew and the paths dropped. Every other file of the release is the
 * base's own file, hard-linked. Kept beside the release as {@code <release>.changes}: "base TAB
 * name", one path a line, "end TAB count". Read strictly: a file without its last line, or with
 * another count, was torn and is no list at all, because a path missing from it would let an old
 * file pass for new.
 */
record ReleaseChanges(String base, Set<String> paths) {
  static final String SUFFIX = ".changes";
  private static final int LONGEST_CHAIN = 16;

  static Path fileOf(Path release) {
    return release.resolveSibling(release.getFileName() + SUFFIX);
  }

  /** Writes the list beside {@code release}; the file, for the caller to sync. */
  Path writeFor(Path release) throws IOException {
    StringBuilder text =
        new StringBuilder(paths.size() * 48 + 32).append("base\t").append(base).append('\n');
    paths.stream().sorted().forEach(path -> text.append(path).append('\n'));
    text.append("end\t").append(paths.size()).append('\n');
    return DurableFiles.replace(fileOf(release), text.toString().getBytes(StandardCharsets.UTF_8));
  }

  static Optional<ReleaseChanges> readFor(Path release) {
    try {
      return parse(Files.readString(fileOf(release), StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  static Optional<ReleaseChanges> parse(String text) {
    String[] lines = text.split("\n", -1);
    int last = lines.length - 2;
    if (lines.length < 3
        || !lines[lines.length - 1].isEmpty()
        || !lines[0].startsWith("base\t")
        || !lines[last].equals("end\t" + (last - 1))) {
      return Optional.empty();
    }
    Set<String> paths = new HashSet<>();
    for (int i = 1; i < last; i++) {
      paths.add(lines[i]);
    }
    return Optional.of(new ReleaseChanges(lines[0].substring("base\t".length()), paths));
  }

  /**
   * The paths at which release {@code oldest} may differ from release {@code newest}, which was
   * made from it through the releases between: the union of their changes. Empty when a link of
   * that chain is missing or unreadable; then the old release cannot be brought up to date by its
   * changes.
   */
  static Optional<Set<String>> between(Path releases, String oldest, String newest) {
    Set<String> paths = new HashSet<>();
    String release = newest;
    for (int link = 0; link < LONGEST_CHAIN && !release.equals(oldest); link++) {
      Optional<ReleaseChanges> changes = readFor(releases.resolve(release));
      if (changes.isEmpty() || changes.get().base().compareTo(release) >= 0) {
        return Optional.empty();
      }
      paths.addAll(changes.get().paths());
      release = changes.get().base();
    }
    return release.equals(oldest) ? Optional.of(paths) : Optional.empty();
  }
}
