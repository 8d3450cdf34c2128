package vn.bulletin.publish;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Publishes a complete site atomically. The site folder is a symlink to a release under
 * {@code .bulletin/<name>-releases/}; a new release is assembled beside the live one and the link
 * is switched with one rename, so a build that fails or is killed at any instant leaves the previous
 * site whole. The last {@value #KEPT_RELEASES} releases are kept for a rollback. Each step is
 * reported as it ends ({@code publish: staged 000007}), for admins and for tests that kill a build
 * at a given step.
 */
public final class SitePublisher {
  static final int KEPT_RELEASES = 3;
  private static final String PARTIAL = ".partial";

  /** What publishing did. */
  public record Outcome(boolean changed, int written, int unchanged, Path release) {}

  private final Path out;
  private final Path releases;
  private final Consumer<String> steps;

  public SitePublisher(Path out) {
    this(out, step -> { });
  }

  /** @param steps told one line per step once it is done, e.g. {@code publish: switched site -> 000007} */
  public SitePublisher(Path out, Consumer<String> steps) {
    this.out = out.toAbsolutePath().normalize();
    this.releases = this.out.getParent().resolve(".bulletin").resolve(this.out.getFileName() + "-releases");
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
      throw new FileSystemException(out.toString(), null, "is a file, not a folder; move it away to publish here");
    }
    if (Files.isDirectory(out) && !Files.isSymbolicLink(out) && !isEmptyOrSite(out)) {
      // Adopting it would move someone's folder (content/, a home folder) into the releases.
      throw new FileSystemException(out.toString(), null,
          "is a folder that holds no site (no index.html); choose another --out or empty it");
    }
    Files.createDirectories(releases);
    FileChannel lockFile = FileChannel.open(releases.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = lockFile.tryLock();
      if (lock == null) {
        throw new FileSystemException(out.toString(), null, "another build is publishing this site right now");
      }
      removePartialReleases();
      Cleanup cleanup = Cleanup.start(releases);
      Optional<Path> previous = currentRelease();
      ReleaseManifest keys = previous.map(ReleaseManifest::readFor).orElseGet(ReleaseManifest::empty);
      return new ReleaseWriter(this, () -> {
        cleanup.finish();
        lock.release();
        lockFile.close();
      }, previous, keys, String.format("%06d", nextNumber()));
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

  Outcome unchanged(Path previous, int files, ReleaseManifest keys) throws IOException {
    if (!keys.matches(ReleaseManifest.readFor(previous).asMap())) {
      keys.writeFor(previous);
    }
    steps.accept("publish: unchanged, " + out.getFileName() + " stays at " + previous.getFileName());
    return new Outcome(false, 0, files, previous);
  }

  Outcome release(Path staging, String name, ReleaseManifest keys, int written, int files) throws IOException {
    Path release = releases.resolve(name);
    try {
      keys.writeFor(release);
      DurableFiles.syncTree(staging);
    } catch (IOException | RuntimeException e) {
      deleteTree(staging);
      Files.deleteIfExists(ReleaseManifest.fileOf(release));
      throw e;
    }
    steps.accept("publish: staged " + name + " (" + files + " files)");
    Files.move(staging, release, StandardCopyOption.ATOMIC_MOVE);
    DurableFiles.syncDirectory(releases);
    steps.accept("publish: released " + name);
    switchTo(release);
    prune(release);
    return new Outcome(true, written, files - written, release);
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
    return numberedReleases().stream().mapToInt(p -> Integer.parseInt(p.getFileName().toString()))
        .max().orElse(0) + 1;
  }

  private List<Path> numberedReleases() throws IOException {
    try (Stream<Path> list = Files.list(releases)) {
      return list.filter(p -> p.getFileName().toString().matches("\\d{6}")).sorted().toList();
    }
  }

  private void removePartialReleases() throws IOException {
    try (Stream<Path> list = Files.list(releases)) {
      for (Path p : list.filter(p -> p.getFileName().toString().endsWith(PARTIAL)).toList()) {
        deleteTree(p);
      }
    }
  }

  private void prune(Path current) throws IOException {
    List<Path> others = numberedReleases().stream().filter(p -> !p.equals(current))
        .sorted(Comparator.reverseOrder()).toList();
    // Renamed out of the way at once; the files go while the next build works (see Cleanup).
    for (Path old : others.subList(Math.min(others.size(), KEPT_RELEASES - 1), others.size())) {
      Files.deleteIfExists(ReleaseManifest.fileOf(old));
      Files.move(old, old.resolveSibling(old.getFileName() + Cleanup.SUFFIX), StandardCopyOption.ATOMIC_MOVE);
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
