package vn.bulletin.watch;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.bulletin.content.ScratchFiles;

/**
 * Watches a site's sources with the JDK's WatchService: {@code content/} and {@code templates/}
 * with every folder in them, also those made later, and {@code bulletin.yaml}. Never {@code site/}
 * or {@code .bulletin/}, which the build itself writes. Changes are reported as paths relative to
 * the source folder, from the watcher's own thread; scratch files and hidden folders are left out.
 */
final class SourceWatcher implements AutoCloseable {
  static final List<String> TREES = List.of("content", "templates");
  static final String CONFIG = "bulletin.yaml";

  /** Told of each change, on the watcher's thread. */
  interface Listener {
    void changed(Path path);

    /**
     * A folder made after the start cannot be watched (the system's limit of watches, most often).
     */
    void cannotWatch(Path folder, IOException e);
  }

  private final Path project;
  private final WatchService service;
  private final Listener listener;
  private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
  private final Thread thread;

  private SourceWatcher(Path project, WatchService service, Listener listener) {
    this.project = project;
    this.service = service;
    this.listener = listener;
    this.thread = new Thread(this::loop, "bulletin-watch");
    thread.setDaemon(true);
  }

  /** Watches {@code source}; fails when a folder cannot be watched. */
  static SourceWatcher start(Path project, Listener listener) throws IOException {
    Path root = project.toAbsolutePath().normalize();
    SourceWatcher watcher =
        new SourceWatcher(root, root.getFileSystem().newWatchService(), listener);
    try {
      watcher.register(root);
      for (String tree : TREES) {
        if (Files.isDirectory(root.resolve(tree))) {
          watcher.registerTree(root.resolve(tree), false);
        }
      }
    } catch (IOException | RuntimeException e) {
      watcher.close();
      throw e;
    }
    watcher.thread.start();
    return watcher;
  }

  /** How many folders are watched. */
  int folders() {
    return folders.size();
  }

  private void loop() {
    while (true) {
      WatchKey key;
      try {
        key = service.take();
      } catch (ClosedWatchServiceException | InterruptedException e) {
        return;
      }
      Path folder = folders.get(key);
      if (folder != null) {
        key.pollEvents().forEach(event -> handle(folder, event));
      }
      if (!key.reset()) {
        folders.remove(key);
      }
    }
  }

  private void handle(Path folder, WatchEvent<?> event) {
    if (event.kind() == OVERFLOW) {
      // Events were lost: anything under this folder may have changed, new folders included.
      rescan(folder);
      listener.changed(project.relativize(folder));
      return;
    }
    Path child = folder.resolve((Path) event.context());
    String name = child.getFileName().toString();
    boolean relevant =
        folder.equals(project)
            ? TREES.contains(name) || name.equals(CONFIG)
            : !ScratchFiles.matches(name);
    if (!relevant) {
      return;
    }
    if (event.kind() == ENTRY_CREATE && Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
      watchNewFolder(child);
    } else if (event.kind() == ENTRY_DELETE) {
      forget(child);
    }
    listener.changed(project.relativize(child));
  }

  private void watchNewFolder(Path folder) {
    try {
      registerTree(folder, true);
    } catch (IOException e) {
      listener.cannotWatch(project.relativize(folder), e);
    }
  }

  private void rescan(Path folder) {
    if (Files.isDirectory(folder)) {
      watchNewFolder(folder);
    }
  }

  // A folder moved away keeps its watch, under a name that is no longer true: drop it and what it
  // holds.
  private void forget(Path gone) {
    folders.forEach(
        (key, path) -> {
          if (path.startsWith(gone)) {
            key.cancel();
            folders.remove(key);
          }
        });
  }

  /**
   * Watches a folder and every folder in it. For a folder made while watching, the files already in
   * it are reported: they may have been written before its watch was in place.
   */
  private void registerTree(Path top, boolean reportFiles) throws IOException {
    Files.walkFileTree(
        top,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
              throws IOException {
            if (!dir.equals(top) && ScratchFiles.matches(dir.getFileName().toString())) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            register(dir);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (reportFiles && !ScratchFiles.matches(file.getFileName().toString())) {
              listener.changed(project.relativize(file));
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            // Deleted between listing and visiting: its own event says so.
            return FileVisitResult.CONTINUE;
          }
        });
  }

  // Registering a folder again gives its key again, so a rescan adds only the folders it did not
  // have.
  private void register(Path dir) throws IOException {
    try {
      folders.put(dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), dir);
    } catch (NoSuchFileException e) {
      // Deleted as soon as made: nothing left to watch, and its deletion is reported.
    }
  }

  @Override
  public void close() {
    try {
      service.close();
    } catch (IOException e) {
      // The service holds no data; closing it only releases the system's watches.
    }
  }
}
