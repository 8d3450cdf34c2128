package vn.bulletin.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bulletin.testing.FileTrees;

/**
 * Kills the build with SIGKILL as soon as {@code build --verbose} reports a given stage or
 * publishing step, twice per step, and checks that the live site is then one whole release, old or
 * new, and that the next build succeeds and leaves no partial release behind. A kill once an old
 * release was taken for reuse throws it away, and the builds after it assemble from scratch until
 * three releases and their changes are kept again: so a step may need a few builds to be reported
 * (each of them checked the same way).
 */
class PublishStepKillIT {
  private static final int ITEMS = 20;
  private static final String CLOCK = "2026-01-01T00:00:00Z";
  private static final int TRIALS_PER_STEP = 2;
  private static final int BUILDS_PER_TRIAL = 4;
  private static final List<String> STEPS =
      List.of(
          "load:",
          "parse:",
          "plan:",
          "render:",
          "publish: staging",
          "publish: reusing",
          "publish: staged",
          "publish: released",
          "publish: switched");

  @TempDir Path dir;

  @Test
  void killAtEachStepLeavesOneWholeSite() throws Exception {
    Map<String, String> siteA = builtSite(dir.resolve("a"), "A");
    Map<String, String> siteB = builtSite(dir.resolve("b"), "B");
    Path live = dir.resolve("live");
    // Four builds first, so that three releases are kept and the next build reuses the oldest.
    for (String version : List.of("A", "B", "A", "B")) {
      Corpus.write(live, ITEMS, version);
      assertThat(JarRunner.run(live, "build", "--clock", CLOCK).exitCode()).isZero();
    }
    Map<String, String> current = siteB;
    Map<String, String> outcomes = new LinkedHashMap<>();
    for (String step : STEPS) {
      for (int trial = 0; trial < TRIALS_PER_STEP; trial++) {
        Optional<String> seen = Optional.empty();
        for (int build = 0; build < BUILDS_PER_TRIAL && seen.isEmpty(); build++) {
          boolean toA = current.equals(siteB);
          Corpus.write(live, ITEMS, toA ? "A" : "B");
          seen = buildKilledAt(live, step);
          Map<String, String> now = FileTrees.digest(live.resolve("site"));
          assertThat(now)
              .as(
                  "killed at \"%s\": the live site is the old or the new one, whole",
                  seen.orElse("the end"))
              .isIn(siteA, siteB);
          if (seen.isPresent()) {
            outcomes.merge(step, now.equals(current) ? "old" : "new", (a, b) -> a + "," + b);
          }
          current = now;
        }
        assertThat(seen).as("a build reported \"%s\" before it ended", step).isPresent();
      }
    }
    System.out.println("kill -9 at each step (live site afterwards): " + outcomes);

    Corpus.write(live, ITEMS, current.equals(siteA) ? "B" : "A");
    JarRunner.Result next = JarRunner.run(live, "build", "--clock", CLOCK);
    assertThat(next.exitCode()).as(next.err()).isZero();
    assertThat(FileTrees.digest(live.resolve("site")))
        .isEqualTo(current.equals(siteA) ? siteB : siteA);
    try (Stream<Path> releases = Files.list(live.resolve(".bulletin/site-releases"))) {
      assertThat(releases.map(p -> p.getFileName().toString()))
          .noneMatch(n -> n.endsWith(".partial"));
    }
  }

  /**
   * Starts a build and kills it on the first stdout line that starts with {@code step}; that line.
   */
  private static Optional<String> buildKilledAt(Path source, String step) throws Exception {
    Process build =
        JarRunner.command(source, "build", "--verbose", "--clock", CLOCK)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(build.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.startsWith(step)) {
          build.destroyForcibly().waitFor();
          return Optional.of(line);
        }
      }
    }
    build.waitFor();
    return Optional.empty();
  }

  private static Map<String, String> builtSite(Path source, String version) throws Exception {
    Corpus.write(source, ITEMS, version);
    JarRunner.Result run = JarRunner.run(source, "build", "--clock", CLOCK);
    assertThat(run.exitCode()).as(run.err()).isZero();
    return FileTrees.digest(source.resolve("site"));
  }
}
