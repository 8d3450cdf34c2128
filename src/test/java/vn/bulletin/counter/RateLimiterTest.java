package vn.bulletin.counter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.bulletin.testing.MutableClock;

class RateLimiterTest {
  private static final ClientId ALICE = new ClientId(1, 1);
  private static final ClientId BOB = new ClientId(2, 2);

  private final MutableClock clock = new MutableClock(Instant.parse("2024-09-19T02:00:00Z"));
  private final RateLimiter limiter = new RateLimiter(clock, 30);

  @Test
  void aBurstUpToTheLimitPassesAndTheNextWaitsTwoSeconds() {
    for (int i = 0; i < 30; i++) {
      assertThat(limiter.acquire(ALICE)).as("visit %d", i + 1).isEmpty();
    }

    assertThat(limiter.acquire(ALICE)).contains(Duration.ofSeconds(2));
  }

  @Test
  void tokensComeBackAtTheRate() {
    drain(ALICE);

    clock.advance(Duration.ofSeconds(2));

    assertThat(limiter.acquire(ALICE)).isEmpty();
    assertThat(limiter.acquire(ALICE)).isPresent();
  }

  @Test
  void clientsHaveSeparateBuckets() {
    drain(ALICE);

    assertThat(limiter.acquire(BOB)).isEmpty();
  }

  @Test
  void aClockSteppingBackNeitherMintsTokensNorLocksOut() {
    drain(ALICE);
    clock.advance(Duration.ofHours(-1));
    assertThat(limiter.acquire(ALICE)).isPresent();

    clock.advance(Duration.ofHours(1).plusSeconds(2));

    assertThat(limiter.acquire(ALICE)).isEmpty();
  }

  @Test
  void idleBucketsArePrunedOnceThereAreMany() {
    for (int i = 0; i <= RateLimiter.PRUNE_ABOVE; i++) {
      limiter.acquire(new ClientId(100, i));
    }
    clock.advance(Duration.ofMinutes(2));

    limiter.acquire(ALICE);

    assertThat(limiter.size()).isEqualTo(1);
  }

  private void drain(ClientId client) {
    while (limiter.acquire(client).isEmpty()) {
      // take every token of the burst
    }
  }
}
