package vn.bulletin.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bulletin.testing.FileTrees;

/**
 * Kills the build with SIGKILL at random moments, most of them late in the build where publishing
 * happens, and checks that the live site is always one whole release, old or new, and that the next
 * build succeeds.
 */
class PublishKillIT {
  private static final int ITEMS = 600;
  private static final int TRIALS = 20;
  private static final String CLOCK = "2026-01-01T00:00:00Z";

  @TempDir Path dir;

  @Test
  void killedBuildsLeaveOneWholeSite() throws Exception {
    Path versionA = dir.resolve("a");
    Path versionB = dir.resolve("b");
    Corpus.write(versionA, ITEMS, "A");
    Corpus.write(versionB, ITEMS, "B");
    Map<String, String> siteA = buildAndDigest(versionA);
    Map<String, String> siteB = buildAndDigest(versionB);
    assertThat(siteA).isNotEqualTo(siteB);

    Path live = dir.resolve("live");
    Corpus.write(live, ITEMS, "A");
    long fullBuildMillis = timedBuild(live);
    Map<String, String> current = siteA;
    Random random = new Random(20240919);
    int killedWhileRunning = 0;
    for (int trial = 0; trial < TRIALS; trial++) {
      boolean toB = current.equals(siteA);
      Corpus.write(live, ITEMS, toB ? "B" : "A");
      long delay = (long) (fullBuildMillis * (0.15 + 0.75 * random.nextDouble()));
      Process build =
          JarRunner.command(live, "build", "--clock", CLOCK)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!build.waitFor(delay, TimeUnit.MILLISECONDS)) {
        build.destroyForcibly().waitFor();
        killedWhileRunning++;
      }
      Map<String, String> now = FileTrees.digest(live.resolve("site"));
      assertThat(now)
          .as("trial %d: the live site is the old or the new one, whole", trial)
          .isIn(siteA, siteB);
      current = now;
    }
    assertThat(killedWhileRunning)
        .as("builds killed before they ended")
        .isGreaterThanOrEqualTo(TRIALS / 2);

    Corpus.write(live, ITEMS, "B");
    JarRunner.Result last = JarRunner.run(live, "build", "--clock", CLOCK);
    assertThat(last.exitCode()).as(last.err()).isZero();
    assertThat(FileTrees.digest(live.resolve("site"))).isEqualTo(siteB);
    try (Stream<Path> releases = Files.list(live.resolve(".bulletin/site-releases"))) {
      assertThat(releases.map(p -> p.getFileName().toString()))
          .noneMatch(n -> n.endsWith(".partial"));
    }
  }

  private static Map<String, String> buildAndDigest(Path source) throws Exception {
    JarRunner.Result run = JarRunner.run(source, "build", "--clock", CLOCK);
    assertThat(run.exitCode()).as(run.err()).isZero();
    return FileTrees.digest(source.resolve("site"));
  }

  private static long timedBuild(Path source) throws Exception {
    long start = System.nanoTime();
    buildAndDigest(source);
    return (System.nanoTime() - start) / 1_000_000;
  }
}
