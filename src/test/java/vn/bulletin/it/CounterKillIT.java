package vn.bulletin.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The counter service from the shipped jar, killed with SIGKILL while browsers post visits: every
 * acknowledged visit is in the database after each kill, and SQLite's integrity check is ok.
 */
class CounterKillIT {
  private static final int TRIALS = 20;
  private static final int CLIENTS = 16;

  @TempDir Path dir;

  @Test
  void killedServiceKeepsEveryAcknowledgedVisit() throws Exception {
    Files.writeString(dir.resolve("bulletin.yaml"), "counter:\n  initial-total: 832881\n");
    Path database = dir.resolve(".bulletin/counter.db");
    Path errors = dir.resolve("errors.txt");
    Random random = new Random(832881);
    long acknowledged = 0;
    long unanswered = 0;
    for (int trial = 0; trial < TRIALS; trial++) {
      CounterProcess service = CounterProcess.start(dir, errors);
      CounterProcess.Load load = new CounterProcess.Load(service.uri, CLIENTS);
      load.awaitAcknowledged(50);
      Thread.sleep(100 + random.nextInt(900));
      service.process.destroyForcibly();
      assertThat(service.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
      load.close();
      acknowledged += load.acknowledged.get();
      unanswered += load.sent.get() - load.acknowledged.get();

      CounterProcess.Stored stored = CounterProcess.Stored.read(database);
      assertThat(stored.integrity()).as("trial %d: integrity", trial).isEqualTo("ok");
      assertThat(stored.total())
          .as("trial %d: stored total against acknowledged visits", trial)
          .isBetween(acknowledged, acknowledged + unanswered);
      assertThat(load.acknowledged.get())
          .as("trial %d acknowledged visits before the kill", trial)
          .isPositive();
    }
  }

  @Test
  void sigtermStopsCleanlyAfterStoringEveryQueuedVisit() throws Exception {
    Path errors = dir.resolve("errors.txt");
    CounterProcess service = CounterProcess.start(dir, errors);
    CounterProcess.Load load = new CounterProcess.Load(service.uri, CLIENTS);
    load.awaitAcknowledged(200);

    service.process.destroy();
    assertThat(service.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    load.close();

    CounterProcess.Stored stored = CounterProcess.Stored.read(dir.resolve(".bulletin/counter.db"));
    assertThat(stored.integrity()).isEqualTo("ok");
    assertThat(stored.total()).isBetween(load.acknowledged.get(), load.sent.get());
    assertThat(Files.readString(errors))
        .contains("stopped; every acknowledged visit is stored")
        .doesNotContain("Exception");
  }
}
