package vn.bulletin.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bulletin.testing.FileTrees;
import vn.bulletin.testing.Services;

/**
 * Builds into a 1 MB tmpfs until it is full: the build fails with exit code 4 and a message naming
 * the problem and the file, the live site stays as it was, and a build that fits succeeds again.
 * Mounting needs root (as in CI); elsewhere the test is skipped with the reason.
 */
class FullDiskIT {
  private static final String CLOCK = "2026-01-01T00:00:00Z";

  @TempDir Path dir;
  private Path disk;
  private boolean mounted;

  @Test
  void fullDiskFailsClearlyAndLeavesTheSiteWhole() throws Exception {
    disk = dir.resolve("disk");
    Files.createDirectories(disk);
    mounted = run("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", disk.toString()) == 0;
    Services.require(mounted, "a 1 MB tmpfs (mount -t tmpfs needs root)");
    Path source = dir.resolve("src");
    Corpus.write(source, 12, "A");
    Path site = disk.resolve("site");
    JarRunner.Result first = build(source, site);
    assertThat(first.exitCode()).as(first.err()).isZero();
    Map<String, String> before = FileTrees.digest(site);

    Corpus.write(source, 12, "B");
    Files.createDirectories(source.resolve("content/uploads"));
    Files.write(source.resolve("content/uploads/ban-do.pdf"), new byte[1536 * 1024]);
    JarRunner.Result full = build(source, site);

    assertThat(full.exitCode()).as(full.err()).isEqualTo(4);
    assertThat(full.err())
        .startsWith(
            site + ": error: cannot write the site: No space left on device (while writing ")
        .contains(
            "hint: the previous site is unchanged; free some space or fix the permissions and build again\n")
        .endsWith("1 error; nothing was published.\n")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    assertThat(FileTrees.digest(site)).isEqualTo(before);
    try (Stream<Path> releases = Files.list(disk.resolve(".bulletin/site-releases"))) {
      assertThat(releases.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(".lock", "000001", "000001.keys");
    }

    Files.delete(source.resolve("content/uploads/ban-do.pdf"));
    JarRunner.Result fits = build(source, site);
    assertThat(fits.exitCode()).as(fits.err()).isZero();
    assertThat(FileTrees.digest(site)).isNotEqualTo(before);
  }

  @AfterEach
  void unmount() throws Exception {
    if (mounted) {
      assertThat(run("umount", disk.toString())).isZero();
    }
  }

  private static JarRunner.Result build(Path source, Path site) throws Exception {
    return JarRunner.run(source, "build", "--out", site.toString(), "--clock", CLOCK);
  }

  private static int run(String... command) throws Exception {
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      return -1;
    }
    return process.exitValue();
  }
}
