package vn.bulletin.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.bulletin.config.AddressRange;

class ClientResolverTest {
  private final ClientResolver behindLocalProxy = new ClientResolver(AddressRange.LOOPBACK);

  @Test
  void withoutAHeaderThePeerIsTheClient() throws Exception {
    assertThat(behindLocalProxy.resolve(ip("127.0.0.1"), List.of())).isEqualTo(ip("127.0.0.1"));
  }

  @Test
  void trustedProxyNamesTheClient() throws Exception {
    assertThat(behindLocalProxy.resolve(ip("127.0.0.1"), List.of("203.0.113.7")))
        .isEqualTo(ip("203.0.113.7"));
  }

  @Test
  void untrustedPeerCannotNameItsOwnAddress() throws Exception {
    assertThat(behindLocalProxy.resolve(ip("198.51.100.9"), List.of("203.0.113.7")))
        .isEqualTo(ip("198.51.100.9"));
  }

  @Test
  void entriesAClientWroteItselfAreSkippedFromTheRight() throws Exception {
    // The client sent "X-Forwarded-For: 1.1.1.1"; the proxy appended the address it saw.
    InetAddress client = behindLocalProxy.resolve(ip("127.0.0.1"), List.of("1.1.1.1, 203.0.113.7"));

    assertThat(client).isEqualTo(ip("203.0.113.7"));
  }

  @Test
  void chainOfTrustedProxiesIsWalked() throws Exception {
    ClientResolver resolver =
        new ClientResolver(
            List.of(AddressRange.parse("10.0.0.0/8").orElseThrow(), AddressRange.LOOPBACK.get(0)));

    InetAddress client =
        resolver.resolve(ip("127.0.0.1"), List.of("1.1.1.1, 203.0.113.7", "10.0.0.5"));

    assertThat(client).isEqualTo(ip("203.0.113.7"));
  }

  @Test
  void garbledEntryStopsTheWalkAtTheLastTrustedHop() throws Exception {
    assertThat(behindLocalProxy.resolve(ip("127.0.0.1"), List.of("evil.example")))
        .isEqualTo(ip("127.0.0.1"));
  }

  @Test
  void portsAndBracketsAreUnderstood() throws Exception {
    assertThat(behindLocalProxy.resolve(ip("::1"), List.of("[2001:db8::7]:443")))
        .isEqualTo(ip("2001:db8::7"));
    assertThat(behindLocalProxy.resolve(ip("::1"), List.of("203.0.113.7:51234")))
        .isEqualTo(ip("203.0.113.7"));
  }

  @Test
  void trustingNoneIgnoresTheHeaderEvenFromLoopback() throws Exception {
    assertThat(new ClientResolver(List.of()).resolve(ip("127.0.0.1"), List.of("203.0.113.7")))
        .isEqualTo(ip("127.0.0.1"));
  }

  private static InetAddress ip(String literal) {
    return AddressRange.literal(literal).orElseThrow();
  }
}
