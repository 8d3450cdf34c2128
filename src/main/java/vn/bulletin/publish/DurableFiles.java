package vn.bulletin.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Makes a release durable before the site is switched to it, so a power cut cannot leave the live
 * site with empty files. One fsync costs a journal commit (a few milliseconds on this kind of
 * disk); fsyncs issued together share commits, and syncing the whole file system once (syncfs)
 * costs about one, however many files it covers. So a few files and folders are forced all at once,
 * and many with one syncfs.
 */
final class DurableFiles {
  /**
   * Up to this many files and folders are forced one by one (together), beyond it the file system.
   */
  static final int FEW = 256;

  private static final int THREADS = 16;

  private DurableFiles() {}

  /** Writes a new file; {@link #sync} or {@link #syncTree} makes it durable. */
  static void write(Path target, byte[] bytes) throws IOException {
    try (FileChannel channel =
        FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
    }
  }

  /**
   * Writes {@code file} through a partial file renamed over it, so readers see the old or the new.
   */
  static Path replace(Path file, byte[] bytes) throws IOException {
    Path partial = file.resolveSibling(file.getFileName() + ".partial");
    Files.deleteIfExists(partial);
    write(partial, bytes);
    Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    return file;
  }

  /**
   * Makes the given files' contents and the given folders' entries durable: each forced, all at
   * once, or the whole file system of {@code fileSystem} synced when there are many.
   */
  static void sync(Path fileSystem, Collection<Path> files, Collection<Path> folders)
      throws IOException {
    if (files.size() + folders.size() > FEW && syncFileSystem(fileSystem)) {
      return;
    }
    forceAll(files, folders);
  }

  /** Makes everything under {@code root}, and the given files beside it, durable. */
  static void syncTree(Path root, Collection<Path> files) throws IOException {
    if (syncFileSystem(root)) {
      return;
    }
    List<Path> all = new ArrayList<>(files);
    List<Path> folders = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.forEach(p -> (Files.isDirectory(p) ? folders : all).add(p));
    }
    forceAll(all, folders);
  }

  private static boolean syncFileSystem(Path root) {
    try {
      Process sync =
          new ProcessBuilder("sync", "-f", root.toString())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      return sync.waitFor(120, TimeUnit.SECONDS) && sync.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static void forceAll(Collection<Path> files, Collection<Path> folders)
      throws IOException {
    List<Callable<Void>> tasks = new ArrayList<>(files.size() + folders.size());
    for (Path file : files) {
      tasks.add(
          () -> {
            force(file);
            return null;
          });
    }
    for (Path folder : folders) {
      tasks.add(
          () -> {
            syncDirectory(folder);
            return null;
          });
    }
    if (tasks.isEmpty()) {
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(THREADS, tasks.size()));
    try {
      for (Future<Void> done : pool.invokeAll(tasks)) {
        done.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while syncing the release", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new UncheckedIOException(new IOException(e.getCause()));
    } finally {
      pool.shutdownNow();
    }
  }

  private static void force(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      channel.force(true);
    }
  }

  /**
   * Makes a folder's entries (new names, renames, removals) durable; Linux allows opening a folder
   * for this.
   */
  static void syncDirectory(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // Some file systems refuse to open folders; the rename itself is still atomic there.
    }
  }
}
