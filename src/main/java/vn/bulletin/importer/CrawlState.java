package vn.bulletin.importer;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * Lets an interrupted import go on where it stopped: each page handled is appended to {@code
 * .bulletin/import/crawl.txt} at once, a new run of the same command skips those, and a run that
 * ends removes the file.
 */
final class CrawlState implements AutoCloseable {
  static final String FILE = ".bulletin/import/crawl.txt";

  private final Path file;
  private final Set<String> done = new HashSet<>();
  private final Writer out;

  private CrawlState(Path file, Writer out) {
    this.file = file;
    this.out = out;
  }

  /** The state of an interrupted run of the same {@code from} list, or a fresh one. */
  static CrawlState open(Path sourceDir, String from) throws IOException {
    Path file = sourceDir.resolve(FILE);
    Files.createDirectories(file.getParent());
    String header = "from\t" + from;
    Set<String> earlier = new HashSet<>();
    if (Files.exists(file)) {
      var lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      if (!lines.isEmpty() && lines.get(0).equals(header)) {
        earlier.addAll(lines.subList(1, lines.size()));
      }
    }
    Writer out =
        Files.newBufferedWriter(
            file,
            StandardCharsets.UTF_8,
            StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING);
    CrawlState state = new CrawlState(file, out);
    out.write(header + "\n");
    for (String page : earlier) {
      state.markDone(page);
    }
    out.flush();
    return state;
  }

  boolean isDone(String page) {
    return done.contains(page);
  }

  void markDone(String page) throws IOException {
    if (done.add(page)) {
      out.write(page + "\n");
      out.flush();
    }
  }

  /** The run ended: nothing to resume. */
  void finish() throws IOException {
    out.close();
    Files.deleteIfExists(file);
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
