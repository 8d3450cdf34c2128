package vn.bulletin.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Deletes the releases pruned by earlier builds ({@code 000004.trash}) on a thread of its own,
 * while this build works: deleting ten thousand files takes seconds on some file systems, and no
 * one needs to wait for it. The build waits only for what is left when it ends; a build killed
 * meanwhile leaves the rest to the next one.
 */
final class Cleanup {
  static final String SUFFIX = ".trash";

  private final Thread thread;

  private Cleanup(Thread thread) {
    this.thread = thread;
  }

  static Cleanup start(Path releases) throws IOException {
    List<Path> trash;
    try (Stream<Path> list = Files.list(releases)) {
      trash = list.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
    }
    Thread thread = new Thread(() -> trash.forEach(Cleanup::delete), "bulletin-cleanup");
    thread.setDaemon(true);
    thread.start();
    return new Cleanup(thread);
  }

  private static void delete(Path dir) {
    try {
      SitePublisher.deleteTree(dir);
    } catch (IOException e) {
      // Left for the next build to try again; it holds no part of the live site.
    }
  }

  void finish() throws InterruptedException {
    thread.join();
  }
}
