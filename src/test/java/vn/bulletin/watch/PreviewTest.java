package vn.bulletin.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bulletin.diagnostic.Diagnostic;
import vn.bulletin.pipeline.BuildResult;

/** The build loop on real folders, with a rebuilder that records its calls instead of building. */
class PreviewTest {
  @TempDir Path source;
  private final BlockingQueue<Set<Path>> calls = new LinkedBlockingQueue<>();
  private final BlockingQueue<Outcome> outcomes = new LinkedBlockingQueue<>();
  private final List<String> events = new java.util.concurrent.CopyOnWriteArrayList<>();

  @Test
  void theFirstBuildIsDoneWhenStartReturnsAndASaveBuildsAgain() throws Exception {
    Files.createDirectories(source.resolve("content"));
    Preview preview =
        Preview.start(source, (changed, steps) -> record(changed, published(3)), listener());
    try {
      assertThat(calls.poll()).isEmpty();
      assertThat(outcomes.poll())
          .satisfies(
              o ->
                  assertThat(o.summary())
                      .startsWith("built 1 items, 10 files (3 new or changed) in "));

      Files.writeString(source.resolve("content/a.md"), "---\n---\n");

      assertThat(calls.poll(20, TimeUnit.SECONDS)).contains(Path.of("content/a.md"));
      assertThat(outcomes.poll(20, TimeUnit.SECONDS))
          .satisfies(
              o -> {
                assertThat(o.published()).isTrue();
                assertThat(o.summary())
                    .matches(
                        "rebuilt in \\d+\\.\\d\\d s: 1 file changed \\(content/a\\.md\\); 3 site files updated");
              });
    } finally {
      preview.close();
    }
  }

  @Test
  void aBugInTheBuildIsReportedAndThePreviewGoesOn() throws Exception {
    Files.createDirectories(source.resolve("content"));
    Preview preview =
        Preview.start(
            source,
            (changed, steps) -> {
              calls.add(changed);
              if (calls.size() == 2) {
                throw new IllegalStateException("bug");
              }
              return published(1);
            },
            listener());
    try {
      outcomes.poll();
      Files.writeString(source.resolve("content/a.md"), "1");
      Outcome failed = outcomes.poll(20, TimeUnit.SECONDS);
      assertThat(failed.published()).isFalse();
      assertThat(failed.diagnostics())
          .isEqualTo(
              "internal error: java.lang.IllegalStateException: bug (rerun with "
                  + "--stacktrace for details); the last good site is still served.\n");
      assertThat(failed.internalError()).isPresent();

      Files.writeString(source.resolve("content/a.md"), "2");
      assertThat(outcomes.poll(20, TimeUnit.SECONDS).published()).isTrue();
    } finally {
      preview.close();
    }
  }

  @Test
  void pagesAreToldAsSoonAsTheNewSiteIsSwitchedInBeforeTheBuildTidiesUp() throws Exception {
    Preview preview =
        Preview.start(
            source,
            (changed, steps) -> {
              steps.stepEnded("publish: staged 000002");
              steps.stepEnded("publish: switched site -> 000002");
              events.add("pruned and index saved");
              return published(1);
            },
            listener());
    preview.close();

    assertThat(events).containsExactly("published", "pruned and index saved", "built");
  }

  @Test
  void withoutTheSwitchStepPagesAreToldWhenTheBuildReturnsAndNeverForAFailedOne() throws Exception {
    Diagnostic error = Diagnostic.error("content/a.md", "unknown field \"categry\"");
    BuildResult failed =
        new BuildResult.Failed(
            List.of(error), BuildResult.Cause.CONTENT, Optional.empty(), BuildResult.Work.NONE);
    Preview first =
        Preview.start(
            source,
            (changed, steps) -> {
              events.add("returned");
              return published(1);
            },
            listener());
    first.close();
    Preview second = Preview.start(source, (changed, steps) -> failed, listener());
    second.close();

    assertThat(events).containsExactly("returned", "published", "built", "built");
    assertThat(outcomes).extracting(Outcome::published).containsExactly(true, false);
  }

  @Test
  void aFailedBuildNamesTheFileAndSaysTheLastGoodSiteStays() {
    Diagnostic error =
        Diagnostic.error("content/a.md", "unknown field \"categry\"").at(4, 1, 7, "categry: Tin");
    BuildResult failed =
        new BuildResult.Failed(
            List.of(error), BuildResult.Cause.CONTENT, Optional.empty(), BuildResult.Work.NONE);

    Outcome outcome =
        Outcome.of(failed, Set.of(Path.of("content/a.md")), Duration.ofMillis(420), false);

    assertThat(outcome.published()).isFalse();
    assertThat(outcome.summary()).isEmpty();
    assertThat(outcome.diagnostics())
        .isEqualTo(
            """
        content/a.md:4:1: error: unknown field "categry"
            4 | categry: Tin
              | ^^^^^^^
        1 error; the last good site is still served.
        """);
  }

  @Test
  void aRebuildAfterManySavesNamesTheFirstAndCountsTheRest() {
    Outcome outcome =
        Outcome.of(
            published(1),
            new java.util.TreeSet<>(
                Set.of(
                    Path.of("content/b.md"),
                    Path.of("content/a.md"),
                    Path.of("templates/layout.ftlh"))),
            Duration.ofMillis(420),
            false);

    assertThat(outcome.summary())
        .isEqualTo(
            "rebuilt in 0.42 s: 3 files changed (content/a.md and 2 more); 1 site file updated");
  }

  private BuildResult record(Set<Path> changed, BuildResult result) {
    calls.add(changed);
    return result;
  }

  private static BuildResult published(int written) {
    return new BuildResult.Published(
        List.of(), 1, 10, written, Optional.empty(), Duration.ZERO, BuildResult.Work.NONE);
  }

  private Preview.Listener listener() {
    return new Preview.Listener() {
      @Override
      public void published() {
        events.add("published");
      }

      @Override
      public void built(Outcome outcome) {
        events.add("built");
        outcomes.add(outcome);
      }

      @Override
      public void cannotWatch(String message) {
        throw new AssertionError(message);
      }
    };
  }
}
