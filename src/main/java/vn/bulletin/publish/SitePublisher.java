package vn.bulletin.publish;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Publishes a complete site atomically. The site folder is a symlink to a release under {@code
 * .bulletin/<name>-releases/}; the next release is assembled beside the live one and the link is
 * switched with one rename, so a build that fails or is killed at any instant leaves the previous
 * site whole. Each step is reported as it ends ({@code publish: staged 000007}), for admins and for
 * tests that kill a build at a given step.
 *
 * <p>After a build {@value #KEPT_RELEASES} releases are kept: the live one and the two before it,
 * for a rollback. Each release lists its files ({@code .keys}) and what it changed from the release
 * it was made from ({@code .changes}). The next build takes the oldest of the three as its staging
 * area: renamed to {@code <next>.reused.partial} (from then on it is no release: a crash leaves it
 * to the trash), it gets the changes of the releases since it and of this build, and becomes the
 * next release. So while a build runs, the live release and the one before it stay whole. Without
 * the changes of every release since the oldest (the first builds, a release made by an earlier
 * bulletin, a crash that threw a reused folder away), the next release is assembled from scratch,
 * every kept file hard-linked, and the oldest releases beyond three go to the trash.
 */
public final class SitePublisher {
  static final int KEPT_RELEASES = 3;
  static final String PARTIAL = ".partial";
  private static final String REUSED = ".reused";

  /** What publishing did. */
  public record Outcome(boolean changed, int written, int unchanged, Path release) {}

  /**
   * A folder ready to become a release: the files written into it and the folders whose entries
   * changed, which are all that must be synced; without the folders, all of it must be.
   */
  record Staged(Path dir, Set<Path> written, Optional<Set<Path>> changedFolders) {}

  private final Path out;
  private final Path releases;
  private final Consumer<String> steps;

  public SitePublisher(Path out) {
    this(out, step -> {});
  }

  /**
   * @param steps told one line per step once it is done, e.g. {@code publish: switched site ->
   *     000007}
   */
  public SitePublisher(Path out, Consumer<String> steps) {
    this.out = out.toAbsolutePath().normalize();
    this.releases =
        this.out.getParent().resolve(".bulletin").resolve(this.out.getFileName() + "-releases");
    this.steps = steps;
  }

  public Path releasesDir() {
    return releases;
  }

  /**
   * Starts the next release. Only one build publishes a site at a time: the release holds a lock
   * until it is closed.
   */
  public ReleaseWriter open() throws IOException {
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new FileSystemException(
          out.toString(), null, "is a file, not a folder; move it away to publish here");
    }
    if (Files.isDirectory(out) && !Files.isSymbolicLink(out) && !isEmptyOrSite(out)) {
      // Adopting it would move someone's folder (content/, a home folder) into the releases.
      throw new FileSystemException(
          out.toString(),
          null,
          "is a folder that holds no site (no index.html); choose another --out or empty it");
    }
    Files.createDirectories(releases);
    FileChannel lockFile =
        FileChannel.open(
            releases.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = lockFile.tryLock();
      if (lock == null) {
        throw new FileSystemException(
            out.toString(), null, "another build is publishing this site right now");
      }
      tidy();
      Cleanup cleanup = Cleanup.start(releases);
      Optional<Path> previous = currentRelease();
      ReleaseManifest keys =
          previous.map(ReleaseManifest::readFor).orElseGet(ReleaseManifest::unknown);
      return new ReleaseWriter(
          this,
          () -> {
            cleanup.finish();
            lock.release();
            lockFile.close();
          },
          previous,
          keys,
          String.format("%06d", nextNumber()));
    } catch (IOException | RuntimeException e) {
      lockFile.close();
      throw e;
    }
  }

  Path createStaging(String name) throws IOException {
    Path staging = releases.resolve(name + PARTIAL);
    Files.createDirectories(staging);
    steps.accept("publish: staging " + name);
    return staging;
  }

  /**
   * Takes the oldest kept release as the staging area of release {@code name}, if every release
   * since it recorded its changes, and only when two releases besides the live one are kept, so
   * that the one before the live one stays whole for a rollback.
   */
  Optional<ReusedStaging> reuse(String name, Path live) throws IOException {
    List<Path> others = numberedReleases().stream().filter(p -> !p.equals(live)).toList();
    if (releaseName(live).isEmpty() || others.size() < KEPT_RELEASES - 1) {
      return Optional.empty();
    }
    Path oldest = others.get(0);
    String from = oldest.getFileName().toString();
    Optional<Set<String>> stale =
        ReleaseChanges.between(releases, from, live.getFileName().toString());
    if (stale.isEmpty()) {
      return Optional.empty();
    }
    Path dir = releases.resolve(name + REUSED + PARTIAL);
    Files.move(oldest, dir, StandardCopyOption.ATOMIC_MOVE);
    // Durable before its first file changes: after a power cut it must not come back under its old
    // name, half updated, as if it were that whole release.
    DurableFiles.syncDirectory(releases);
    steps.accept(
        "publish: reusing "
            + from
            + " for "
            + name
            + " ("
            + stale.get().size()
            + " paths changed since)");
    return Optional.of(new ReusedStaging(dir, from, stale.get()));
  }

  /** The name of {@code release} if it is one of the numbered releases here. */
  Optional<String> releaseName(Path release) {
    String name = release.getFileName().toString();
    return release.getParent().equals(releases) && isNumbered(name)
        ? Optional.of(name)
        : Optional.empty();
  }

  Outcome unchanged(Path previous, ReleaseManifest previousKeys, Map<String, String> keys)
      throws IOException {
    if (!previousKeys.matches(keys)) {
      Path file = ReleaseManifest.of(keys).writeFor(previous);
      DurableFiles.sync(releases, List.of(file), List.of(file.getParent()));
    }
    steps.accept(
        "publish: unchanged, " + out.getFileName() + " stays at " + previous.getFileName());
    return new Outcome(false, 0, keys.size(), previous);
  }

  /*
   * Syncing only what this build wrote, and the folders whose entries it changed, makes the whole
   * release durable: every other file of it is a link to an inode an earlier build wrote and synced
   * before its own switch, and a reused folder's untouched entries were synced when it was released.
   * A new link, a removal or a rename is an entry of a changed folder. A release assembled from
   * scratch has a changed folder everywhere, so all of it is synced (one syncfs).
   */
  Outcome release(
      Staged staged,
      String name,
      ReleaseManifest keys,
      Optional<ReleaseChanges> changes,
      int written,
      int files)
      throws IOException {
    Path release = releases.resolve(name);
    try {
      Set<Path> durable = new HashSet<>(staged.written());
      durable.add(keys.writeFor(release));
      if (changes.isPresent()) {
        durable.add(changes.get().writeFor(release));
      }
      if (staged.changedFolders().isPresent()) {
        DurableFiles.sync(releases, durable, staged.changedFolders().get());
      } else {
        DurableFiles.syncTree(staged.dir(), durable);
      }
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(ReleaseManifest.fileOf(release));
      Files.deleteIfExists(ReleaseChanges.fileOf(release));
      throw e;
    }
    steps.accept("publish: staged " + name + " (" + files + " files)");
    Files.move(staged.dir(), release, StandardCopyOption.ATOMIC_MOVE);
    DurableFiles.syncDirectory(releases);
    steps.accept("publish: released " + name);
    switchTo(release);
    prune(release);
    return new Outcome(true, written, files - written, release);
  }

  /** Deletes the lists of a release taken for reuse, as its folder starts to change. */
  void forgetLists(String release) throws IOException {
    Files.deleteIfExists(ReleaseManifest.fileOf(releases.resolve(release)));
    Files.deleteIfExists(ReleaseChanges.fileOf(releases.resolve(release)));
  }

  /** Gives an old release taken for reuse, still unchanged, its name back (the build failed). */
  void giveBack(ReusedStaging reused) throws IOException {
    Files.move(reused.root(), releases.resolve(reused.from()), StandardCopyOption.ATOMIC_MOVE);
  }

  /** Drops the list of a release that no longer holds every file it names. */
  void forget(Path release) throws IOException {
    Files.deleteIfExists(ReleaseManifest.fileOf(release));
  }

  /** Moves a folder to the trash, which {@link Cleanup} empties while a later build works. */
  void discard(Path dir) throws IOException {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Path trash = dir.resolveSibling(dir.getFileName() + Cleanup.SUFFIX);
    for (int i = 1; Files.exists(trash, LinkOption.NOFOLLOW_LINKS); i++) {
      trash = dir.resolveSibling(dir.getFileName() + "." + i + Cleanup.SUFFIX);
    }
    Files.move(dir, trash, StandardCopyOption.ATOMIC_MOVE);
  }

  // The symlink is replaced by rename(2), which no reader can see half done.
  private void switchTo(Path release) throws IOException {
    Path parent = out.getParent();
    Path link = parent.resolve("." + out.getFileName() + ".next");
    Files.deleteIfExists(link);
    Files.createSymbolicLink(link, parent.relativize(release));
    if (Files.isDirectory(out) && !Files.isSymbolicLink(out)) {
      // A site folder from before releases: kept as the oldest release, so nothing is lost.
      Files.move(out, releases.resolve("000000"), StandardCopyOption.ATOMIC_MOVE);
    }
    Files.move(link, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    DurableFiles.syncDirectory(parent);
    steps.accept("publish: switched " + out.getFileName() + " -> " + release.getFileName());
  }

  private static boolean isEmptyOrSite(Path dir) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return Files.isRegularFile(dir.resolve("index.html")) || list.findAny().isEmpty();
    }
  }

  private Optional<Path> currentRelease() throws IOException {
    if (Files.isSymbolicLink(out)) {
      Path target = out.getParent().resolve(Files.readSymbolicLink(out)).normalize();
      return Files.isDirectory(target) ? Optional.of(target) : Optional.empty();
    }
    return Files.isDirectory(out) ? Optional.of(out) : Optional.empty();
  }

  private int nextNumber() throws IOException {
    return numberedReleases().stream()
            .mapToInt(p -> Integer.parseInt(p.getFileName().toString()))
            .max()
            .orElse(0)
        + 1;
  }

  private List<Path> numberedReleases() throws IOException {
    try (Stream<Path> list = Files.list(releases)) {
      return list.filter(p -> isNumbered(p.getFileName().toString())).sorted().toList();
    }
  }

  private static boolean isNumbered(String name) {
    return name.length() == 6 && name.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  // What a killed build left: partial releases go to the trash (a reused one is a whole tree, too
  // long to delete here), partial lists and lists whose release is gone are deleted.
  private void tidy() throws IOException {
    List<Path> entries;
    try (Stream<Path> list = Files.list(releases)) {
      entries = list.toList();
    }
    Set<String> names =
        entries.stream().map(p -> p.getFileName().toString()).collect(Collectors.toSet());
    for (Path entry : entries) {
      String name = entry.getFileName().toString();
      if (name.endsWith(PARTIAL) && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
        discard(entry);
      } else if (name.endsWith(PARTIAL) || isOrphanList(name, names)) {
        Files.delete(entry);
      }
    }
  }

  private static boolean isOrphanList(String name, Set<String> names) {
    for (String suffix : List.of(ReleaseManifest.SUFFIX, ReleaseChanges.SUFFIX)) {
      if (name.endsWith(suffix)) {
        String release = name.substring(0, name.length() - suffix.length());
        return isNumbered(release) && !names.contains(release);
      }
    }
    return false;
  }

  private void prune(Path current) throws IOException {
    List<Path> others =
        numberedReleases().stream()
            .filter(p -> !p.equals(current))
            .sorted(Comparator.reverseOrder())
            .toList();
    // Renamed out of the way at once; the files go while the next build works (see Cleanup).
    for (Path old : others.subList(Math.min(others.size(), KEPT_RELEASES - 1), others.size())) {
      Files.deleteIfExists(ReleaseManifest.fileOf(old));
      Files.deleteIfExists(ReleaseChanges.fileOf(old));
      discard(old);
      steps.accept("publish: removed " + old.getFileName());
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
