package vn.bulletin.counter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.bulletin.testing.MutableClock;

class OnlineVisitorsTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2024-09-19T02:00:00Z"));
  private final OnlineVisitors online = new OnlineVisitors(clock);

  @Test
  void countsDistinctVisitorsOnce() {
    online.seen(new ClientId(1, 1));
    online.seen(new ClientId(2, 2));

    assertThat(online.seen(new ClientId(1, 1))).isEqualTo(2);
  }

  @Test
  void visitorsLeaveAfterTheWindow() {
    online.seen(new ClientId(1, 1));
    clock.advance(OnlineVisitors.WINDOW.plusSeconds(1));

    assertThat(online.seen(new ClientId(2, 2))).isEqualTo(1);
  }

  @Test
  void aVisitorSeenAgainStaysOnline() {
    online.seen(new ClientId(1, 1));
    clock.advance(Duration.ofMinutes(4));
    online.seen(new ClientId(1, 1));
    clock.advance(Duration.ofMinutes(4));

    assertThat(online.seen(new ClientId(2, 2))).isEqualTo(2);
  }
}
