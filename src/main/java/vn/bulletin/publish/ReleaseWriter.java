package vn.bulletin.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import vn.bulletin.plan.SitePaths;

/**
 * The next release, written while the build renders, so no page waits in memory for the others. A
 * file equal to the live release's is linked from it, not written: it keeps its bytes, inode and
 * mtime. Each file may carry a key (a page's fingerprint): a later build that has a file with the
 * same key at the same path takes it as is, without making it again. The live release's list of
 * keys names every file it holds, so nothing here looks at the live files to learn what they are.
 *
 * <p>The files this build makes go to {@code <next>.partial}. At {@link #commit}, when the releases
 * since the oldest kept one recorded their changes, that old release becomes the next one ({@link
 * ReusedStaging}): only the paths changed since it, and by this build, are touched, so the work
 * follows the change and not the site. Otherwise the files kept are linked into {@code
 * <next>.partial} one by one. Nothing is visible until {@link #commit}; closing without it leaves
 * the live site as it was. Files are given from any thread.
 */
public final class ReleaseWriter implements AutoCloseable {
  private final SitePublisher publisher;
  private final AutoCloseable lock;
  private final Optional<Path> previous;
  private final ReleaseManifest previousKeys;
  private final Map<String, String> keys = new ConcurrentHashMap<>();
  private final Set<String> linked = ConcurrentHashMap.newKeySet();
  private final Set<String> written = ConcurrentHashMap.newKeySet();
  private final String name;
  private volatile Path staging;
  private volatile Optional<ReuseTask> reuse = Optional.empty();
  private boolean committed;
  private boolean published;

  ReleaseWriter(
      SitePublisher publisher,
      AutoCloseable lock,
      Optional<Path> previous,
      ReleaseManifest previousKeys,
      String name) {
    this.publisher = publisher;
    this.lock = lock;
    this.previous = previous;
    this.previousKeys = previousKeys;
    this.name = name;
  }

  /**
   * Whether the live release holds a file at {@code path} made with this key: then {@link #keep}
   * it.
   */
  public boolean canKeep(String path, String key) {
    return previous.isPresent() && !key.isEmpty() && key.equals(previousKeys.key(path));
  }

  /**
   * Takes the live release's file at {@code path}, which {@link #canKeep} said was made with {@code
   * key}.
   */
  public void keep(String path, String key) {
    claim(path, key);
    linked.add(path);
  }

  /**
   * Takes every file of the live release made with {@code key} (a group of files made together,
   * such as the search export). How many were taken.
   */
  public int keepAll(String key) {
    if (previous.isEmpty() || key.isEmpty()) {
      return 0;
    }
    List<String> paths =
        previousKeys.asMap().entrySet().stream()
            .filter(e -> e.getValue().equals(key))
            .map(Map.Entry::getKey)
            .toList();
    paths.forEach(p -> keep(p, key));
    return paths.size();
  }

  /** A file made by this build; {@code key} may be empty. */
  public void write(String path, byte[] bytes, String key) throws IOException {
    add(path, new Output.Bytes(bytes), key);
  }

  /**
   * A file copied as it is; its size and modification time key it, so an unchanged one is not read.
   */
  public void copy(String path, Path source) throws IOException {
    String key = "copy:" + Files.size(source) + ":" + Files.getLastModifiedTime(source).toMillis();
    if (canKeep(path, key)) {
      keep(path, key);
      return;
    }
    add(path, new Output.Copy(source), key);
  }

  /**
   * A file copied as it is under a key of its maker's (a photo copy by its content and settings).
   */
  public void copy(String path, Path source, String key) throws IOException {
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
    if (!SitePaths.isSafe(path)) {
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
      String reason =
          e instanceof FileSystemException f && f.getReason() != null
              ? f.getReason()
              : e.getMessage();
      throw new IOException(reason + " (while writing " + path + ")", e);
    }
    written.add(path);
  }

  private Path staging() throws IOException {
    Path dir = staging;
    if (dir == null) {
      synchronized (this) {
        if (staging == null) {
          staging = publisher.createStaging(name);
          if (previous.isPresent() && previousKeys.isKnown()) {
            reuse = Optional.of(ReuseTask.start(() -> publisher.reuse(name, previous.get())));
          }
        }
        dir = staging;
      }
    }
    return dir;
  }

  /** How many files this build wrote rather than linked so far. */
  public int written() {
    return written.size();
  }

  /**
   * Makes the files given the live site, in one switch; files of the live site not given disappear.
   * When every file equals the live one, nothing is written and the site stays where it is.
   */
  public SitePublisher.Outcome commit() throws IOException {
    committed = true;
    if (staging == null
        && previous.isPresent()
        && linked.size() == keys.size()
        && holdsExactly(previous.get())) {
      SitePublisher.Outcome outcome = publisher.unchanged(previous.get(), previousKeys, keys);
      published = true;
      return outcome;
    }
    Optional<Set<String>> removed = removed();
    Optional<String> base = previous.flatMap(publisher::releaseName);
    Optional<ReusedStaging> reused = Optional.empty();
    if (removed.isPresent() && base.isPresent()) {
      // A build that writes nothing (it only drops files) started no task: it takes the release
      // now.
      reused = reuse.isPresent() ? reuse.get().await() : publisher.reuse(name, previous.get());
    }
    SitePublisher.Staged staged =
        reused.isPresent() ? update(reused.get(), removed.orElseThrow()) : linkKept();
    Optional<ReleaseChanges> changes =
        base.flatMap(b -> removed.map(r -> new ReleaseChanges(b, union(written, r))));
    SitePublisher.Outcome outcome =
        publisher.release(
            staged, name, ReleaseManifest.of(keys), changes, written.size(), keys.size());
    published = true;
    return outcome;
  }

  // The live release's files this build does not give; unknown without the live release's list.
  private Optional<Set<String>> removed() {
    if (previous.isPresent() && !previousKeys.isKnown()) {
      return Optional.empty();
    }
    Set<String> removed = new HashSet<>();
    for (String path : previousKeys.paths()) {
      if (!keys.containsKey(path)) {
        removed.add(path);
      }
    }
    return Optional.of(removed);
  }

  // Brings an old release up to date: its stale paths and this build's changes, nothing else.
  private SitePublisher.Staged update(ReusedStaging target, Set<String> removed)
      throws IOException {
    publisher.forgetLists(target.from());
    for (String path : union(target.stale(), removed)) {
      if (!keys.containsKey(path)) {
        target.remove(path);
      }
    }
    Set<Path> made = new HashSet<>();
    for (String path : written) {
      made.add(target.place(path, staging.resolve(path)));
    }
    for (String path : target.stale()) {
      if (linked.contains(path)) {
        linkLive(path, source -> target.link(path, source));
      }
    }
    target.removeEmptyFolders();
    if (staging != null) {
      // Only the folders of the files moved out are left in it.
      SitePublisher.deleteTree(staging);
    }
    return new SitePublisher.Staged(target.root(), made, Optional.of(target.changedFolders()));
  }

  // Assembles the release in the new folder: every kept file linked from the live release.
  private SitePublisher.Staged linkKept() throws IOException {
    Path dir = staging();
    for (String path : linked) {
      Path target = OutputPaths.resolveInside(dir, path);
      Files.createDirectories(target.getParent());
      linkLive(path, source -> Files.createLink(target, source));
    }
    return new SitePublisher.Staged(dir, Set.of(), Optional.empty());
  }

  private interface Linker {
    void link(Path source) throws IOException;
  }

  private void linkLive(String path, Linker linker) throws IOException {
    Path source = previous.orElseThrow().resolve(path);
    try {
      linker.link(source);
    } catch (NoSuchFileException e) {
      if (Files.exists(source)) {
        throw e;
      }
      // Someone removed a file from the live release by hand: its list no longer tells the truth.
      publisher.forget(previous.get());
      throw new IOException(
          "the live release lacks "
              + path
              + ", though its list names it; build again to make"
              + " every file anew",
          e);
    }
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return all;
  }

  // The live release has no file beyond those given (all of which were found equal to its own).
  private boolean holdsExactly(Path release) throws IOException {
    if (previousKeys.isKnown()) {
      return previousKeys.paths().equals(keys.keySet());
    }
    try (Stream<Path> walk = Files.walk(release)) {
      return walk.filter(Files::isRegularFile).count() == keys.size();
    }
  }

  @Override
  public void close() throws IOException {
    try {
      if (!published) {
        abandon();
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

  // A fresh folder holds only what this build made so far. An old release taken for reuse is given
  // its name back if nothing in it changed yet; else it is a whole tree, too many files to delete
  // while the admin waits, so it goes to the trash.
  private void abandon() throws IOException {
    if (staging != null) {
      SitePublisher.deleteTree(staging);
    }
    Optional<ReusedStaging> reused = reuse.isPresent() ? reuse.get().await() : Optional.empty();
    if (reused.isPresent() && !reused.get().isModified()) {
      publisher.giveBack(reused.get());
    } else if (reused.isPresent()) {
      publisher.discard(reused.get().root());
    }
  }
}
