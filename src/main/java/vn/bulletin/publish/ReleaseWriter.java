package vn.bulletin.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The next release, written while the build renders, so no page waits in memory for the others.
 * A file equal to the live release's is linked from it, not written: it keeps its bytes and mtime.
 * Each file may carry a key (a page's fingerprint): a later build that has a file with the same key
 * at the same path takes it as is, without making it again. Nothing is visible until {@link #commit};
 * closing without it leaves the live site as it was. Files are given from any thread.
 */
public final class ReleaseWriter implements AutoCloseable {
  private final SitePublisher publisher;
  private final AutoCloseable lock;
  private final Optional<Path> previous;
  private final ReleaseManifest previousKeys;
  private final Map<String, String> keys = new ConcurrentHashMap<>();
  private final Set<String> linked = ConcurrentHashMap.newKeySet();
  private final AtomicInteger written = new AtomicInteger();
  private final String name;
  private volatile Path staging;
  private boolean committed;

  ReleaseWriter(SitePublisher publisher, AutoCloseable lock, Optional<Path> previous, ReleaseManifest previousKeys,
      String name) {
    this.publisher = publisher;
    this.lock = lock;
    this.previous = previous;
    this.previousKeys = previousKeys;
    this.name = name;
  }

  /** Whether the live release holds a file at {@code path} made with this key: then {@link #keep} it. */
  public boolean canKeep(String path, String key) {
    return previous.isPresent() && key.equals(previousKeys.key(path)) && Files.isRegularFile(previous.get().resolve(path));
  }

  /** Takes the live release's file at {@code path}, which {@link #canKeep} said was made with {@code key}. */
  public void keep(String path, String key) {
    claim(path, key);
    linked.add(path);
  }

  /**
   * Takes every file of the live release made with {@code key} (a group of files made together,
   * such as the search export), or none when any of them is gone. How many were taken.
   */
  public int keepAll(String key) {
    if (previous.isEmpty() || key.isEmpty()) {
      return 0;
    }
    List<String> paths = previousKeys.asMap().entrySet().stream().filter(e -> e.getValue().equals(key))
        .map(Map.Entry::getKey).toList();
    if (!paths.stream().allMatch(p -> Files.isRegularFile(previous.get().resolve(p)))) {
      return 0;
    }
    paths.forEach(p -> keep(p, key));
    return paths.size();
  }

  /** A file made by this build; {@code key} may be empty. */
  public void write(String path, byte[] bytes, String key) throws IOException {
    add(path, new Output.Bytes(bytes), key);
  }

  /** A file copied as it is; its size and modification time key it, so an unchanged one is not read. */
  public void copy(String path, Path source) throws IOException {
    String key = "copy:" + Files.size(source) + ":" + Files.getLastModifiedTime(source).toMillis();
    if (canKeep(path, key)) {
      keep(path, key);
      return;
    }
    add(path, new Output.Copy(source), key);
  }

  private void add(String path, Output output, String key) throws IOException {
    claim(path, key);
    if (sameAsLive(path, output)) {
      linked.add(path);
    } else {
      writeStaged(path, output);
    }
  }

  private void claim(String path, String key) {
    if (!OutputPaths.isSafe(path)) {
      throw new IllegalArgumentException("unsafe output path " + path);
    }
    if (keys.putIfAbsent(path, key) != null) {
      throw new IllegalStateException("two files for " + path);
    }
  }

  private boolean sameAsLive(String path, Output output) throws IOException {
    if (previous.isEmpty()) {
      return false;
    }
    Path live = previous.get().resolve(path);
    return Files.isRegularFile(live) && output.sameAs(live);
  }

  private void writeStaged(String path, Output output) throws IOException {
    Path target = OutputPaths.resolveInside(staging(), path);
    try {
      Files.createDirectories(target.getParent());
      output.writeTo(target);
    } catch (IOException e) {
      // A full disk names no file by itself; the admin wants to know which one did not fit.
      String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
      throw new IOException(reason + " (while writing " + path + ")", e);
    }
    written.incrementAndGet();
  }

  private Path staging() throws IOException {
    Path dir = staging;
    if (dir == null) {
      synchronized (this) {
        if (staging == null) {
          staging = publisher.createStaging(name);
        }
        dir = staging;
      }
    }
    return dir;
  }

  /** How many files this build wrote rather than linked so far. */
  public int written() {
    return written.get();
  }

  /**
   * Makes the files given the live site, in one switch; files of the live site not given disappear.
   * When every file equals the live one, nothing is written and the site stays where it is.
   */
  public SitePublisher.Outcome commit() throws IOException {
    committed = true;
    ReleaseManifest manifest = new ReleaseManifest(new TreeMap<>(keys));
    if (staging == null && previous.isPresent() && linked.size() == keys.size() && holdsExactly(previous.get())) {
      return publisher.unchanged(previous.get(), keys.size(), manifest);
    }
    Path dir = staging();
    for (String path : linked) {
      Path target = OutputPaths.resolveInside(dir, path);
      Files.createDirectories(target.getParent());
      Files.createLink(target, previous.orElseThrow().resolve(path));
    }
    return publisher.release(dir, name, manifest, written.get(), keys.size());
  }

  // The live release has no file beyond those given (all of which were found equal to its own).
  private boolean holdsExactly(Path release) throws IOException {
    if (previousKeys.paths().equals(keys.keySet())) {
      return true;
    }
    try (Stream<Path> walk = Files.walk(release)) {
      return walk.filter(Files::isRegularFile).count() == keys.size();
    }
  }

  @Override
  public void close() throws IOException {
    try {
      if (!committed && staging != null) {
        SitePublisher.deleteTree(staging);
      }
    } finally {
      try {
        lock.close();
      } catch (IOException | RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new UncheckedIOException(new IOException(e));
      }
    }
  }
}
