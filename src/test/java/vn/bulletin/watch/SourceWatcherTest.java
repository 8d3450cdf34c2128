package vn.bulletin.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watcher on real folders. To show that something was not reported without sleeping, a test
 * saves a sentinel file last and checks what came before it: events of one folder arrive in order.
 */
class SourceWatcherTest {
  private static final long WAIT_SECONDS = 20;

  @TempDir Path source;
  private final BlockingQueue<Path> changes = new LinkedBlockingQueue<>();
  private final List<String> problems = new ArrayList<>();
  private SourceWatcher watcher;

  @BeforeEach
  void start() throws IOException {
    write("bulletin.yaml", "site:\n  name: \"Bản tin\"\n");
    write("content/tin-tuc/ham-can.md", "---\ntitle: \"Hàm Cần\"\n---\n");
    write("templates/layout.ftlh", "<html></html>");
    write("site/index.html", "<html></html>");
    watcher =
        SourceWatcher.start(
            source,
            new SourceWatcher.Listener() {
              @Override
              public void changed(Path path) {
                changes.add(path);
              }

              @Override
              public void cannotWatch(Path folder, IOException e) {
                problems.add(folder + ": " + e);
              }
            });
  }

  @AfterEach
  void stop() {
    watcher.close();
  }

  @Test
  void anEditedItemIsReportedByItsPathInTheProject() throws Exception {
    write("content/tin-tuc/ham-can.md", "---\ntitle: \"Hàm Cần mới\"\n---\n");

    assertThat(next()).isEqualTo(Path.of("content/tin-tuc/ham-can.md"));
  }

  @Test
  void templatesAndTheSiteConfigAreWatched() throws Exception {
    write("templates/layout.ftlh", "<html><body></body></html>");
    assertThat(next()).isEqualTo(Path.of("templates/layout.ftlh"));

    write("bulletin.yaml", "site:\n  name: \"Bản tin mới\"\n");
    // A save is often two events (truncate, write): the second may come after the first was read.
    assertThat(until("bulletin.yaml")).isSubsetOf(List.of(Path.of("templates/layout.ftlh")));
  }

  @Test
  void foldersMadeAfterTheStartAreWatchedWithWhatTheyHold() throws Exception {
    Files.createDirectories(source.resolve("content/thong-bao/2024/thang-10"));
    write("content/thong-bao/2024/thang-10/lich-tiep.md", "---\n---\n");
    // The new folder is reported once it is watched and what it held then is reported.
    List<Path> seen = new ArrayList<>(until("content/thong-bao"));
    if (!seen.contains(Path.of("content/thong-bao/2024/thang-10/lich-tiep.md"))) {
      until("content/thong-bao/2024/thang-10/lich-tiep.md");
    }

    write(
        "content/thong-bao/2024/thang-10/lich-tiep-2.md",
        "---\ntitle: \"Lịch tiếp công dân\"\n---\n");

    until("content/thong-bao/2024/thang-10/lich-tiep-2.md");
    assertThat(problems).isEmpty();
  }

  @Test
  void aFolderMovedInWithFilesIsReportedFileByFile() throws Exception {
    Path outside = Files.createTempDirectory("bulletin-move");
    Files.writeString(outside.resolve("a.md"), "---\n---\n");
    Files.createDirectories(outside.resolve("anh"));
    Files.writeString(outside.resolve("anh/1.svg"), "<svg/>");

    Files.move(outside, source.resolve("content/moi"));

    awaitAll("content/moi", "content/moi/a.md", "content/moi/anh/1.svg");
  }

  @Test
  void scratchFilesTheSiteAndTheBuildFolderStartNothing() throws Exception {
    write("content/tin-tuc/.ham-can.md.swp", "swap");
    write("content/tin-tuc/ham-can.md~", "backup");
    write("content/tin-tuc/4913", "");
    write("content/tin-tuc/.git/index", "");
    write("site/tin-tuc/index.html", "<html></html>");
    write(".bulletin/search-index/segments_1", "");
    write("notes.txt", "not part of the site");

    write("content/tin-tuc/sentinel.md", "---\n---\n");

    assertThat(until("content/tin-tuc/sentinel.md")).isEmpty();
  }

  @Test
  void aHiddenFolderIsNotWatchedEvenWhenMadeLater() throws Exception {
    write("content/.cache/x.md", "");
    write("content/.cache/y.md", "");
    write("content/sentinel.md", "---\n---\n");

    assertThat(until("content/sentinel.md")).isEmpty();
  }

  private Path next() throws InterruptedException {
    Path path = changes.poll(WAIT_SECONDS, TimeUnit.SECONDS);
    assertThat(path).as("a change within %d s", WAIT_SECONDS).isNotNull();
    return path;
  }

  /** The other paths reported before {@code last}, each once. */
  private List<Path> until(String last) throws InterruptedException {
    List<Path> before = new ArrayList<>();
    for (Path path = next(); !path.equals(Path.of(last)); path = next()) {
      if (!before.contains(path)) {
        before.add(path);
      }
    }
    return before;
  }

  /** Waits until each of {@code paths} was reported, in any order. */
  private void awaitAll(String... paths) throws InterruptedException {
    java.util.Set<Path> missing = new java.util.HashSet<>();
    for (String path : paths) {
      missing.add(Path.of(path));
    }
    while (!missing.isEmpty()) {
      missing.remove(next());
    }
  }

  private void write(String path, String text) throws IOException {
    Path file = source.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
