package vn.bulletin.counter;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import vn.bulletin.testing.MutableClock;

class ClientHasherTest {
  private static final String FIREFOX =
      "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";
  private static final String CHROME =
      "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/126.0 Mobile Safari/537.36";

  // 16:59 UTC is 23:59 in Hà Nội: one minute before the salt's day ends.
  private final MutableClock clock = new MutableClock(Instant.parse("2024-09-19T16:59:00Z"));
  private final ClientHasher hasher = new ClientHasher(clock, ZoneId.of("Asia/Ho_Chi_Minh"));

  @Test
  void sameClientOnOneDayHasOneKey() throws Exception {
    Client client = new Client(InetAddress.getByName("203.0.113.7"), FIREFOX);

    assertThat(hasher.visitorKey(client)).isEqualTo(hasher.visitorKey(client));
    assertThat(hasher.rateKey(client)).isEqualTo(hasher.rateKey(client));
  }

  @Test
  void keysChangeWhenTheDayChangesInTheSiteTimeZone() throws Exception {
    Client client = new Client(InetAddress.getByName("203.0.113.7"), FIREFOX);
    ClientId before = hasher.visitorKey(client);

    clock.advance(Duration.ofMinutes(2));

    assertThat(hasher.visitorKey(client)).isNotEqualTo(before);
  }

  @Test
  void rateKeyIgnoresTheUserAgentButVisitorKeyDoesNot() throws Exception {
    InetAddress address = InetAddress.getByName("203.0.113.7");
    Client firefox = new Client(address, FIREFOX);
    Client chrome = new Client(address, CHROME);

    assertThat(hasher.rateKey(firefox)).isEqualTo(hasher.rateKey(chrome));
    assertThat(hasher.visitorKey(firefox)).isNotEqualTo(hasher.visitorKey(chrome));
  }

  @Test
  void anIpv6ClientIsLimitedByItsSlash64() throws Exception {
    Client one = new Client(InetAddress.getByName("2001:db8:1:2::1"), FIREFOX);
    Client sameNetwork = new Client(InetAddress.getByName("2001:db8:1:2:ffff::9"), FIREFOX);
    Client otherNetwork = new Client(InetAddress.getByName("2001:db8:1:3::1"), FIREFOX);

    assertThat(hasher.rateKey(one))
        .isEqualTo(hasher.rateKey(sameNetwork))
        .isNotEqualTo(hasher.rateKey(otherNetwork));
  }

  @Test
  void twoHashersNeverShareASalt() throws Exception {
    Client client = new Client(InetAddress.getByName("203.0.113.7"), FIREFOX);
    ClientHasher afterRestart = new ClientHasher(clock, ZoneId.of("Asia/Ho_Chi_Minh"));

    assertThat(afterRestart.visitorKey(client)).isNotEqualTo(hasher.visitorKey(client));
  }
}
