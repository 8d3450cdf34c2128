package vn.bulletin.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressRangeTest {
  @Test
  void networkContainsItsAddressesOnly() throws Exception {
    AddressRange net = AddressRange.parse("10.1.0.0/17").orElseThrow();

    assertThat(net.contains(InetAddress.getByName("10.1.127.255"))).isTrue();
    assertThat(net.contains(InetAddress.getByName("10.1.128.0"))).isFalse();
    assertThat(net.contains(InetAddress.getByName("::ffff:10.1.0.1"))).isTrue();
    assertThat(net.contains(InetAddress.getByName("2001:db8::1"))).isFalse();
  }

  @Test
  void loopbackCoversBothFamilies() throws Exception {
    InetAddress v4 = InetAddress.getByName("127.0.0.2");
    InetAddress v6 = InetAddress.getByName("::1");
    assertThat(AddressRange.LOOPBACK).anyMatch(r -> r.contains(v4));
    assertThat(AddressRange.LOOPBACK).anyMatch(r -> r.contains(v6));
  }

  @Test
  void singleAddressIsAFullLengthRange() {
    assertThat(AddressRange.parse("2001:db8::1"))
        .hasValueSatisfying(r -> assertThat(r.prefixLength()).isEqualTo(128));
    assertThat(AddressRange.parse("192.0.2.1"))
        .hasValueSatisfying(r -> assertThat(r.prefixLength()).isEqualTo(32));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "localhost",
        "proxy.example",
        "cafe",
        "1.2.3",
        "256.1.1.1",
        "10.0.0.0/33",
        "10.0.0.0/",
        "::1/129",
        "10.0.0.0/8/8",
        "1.2.3.4:80",
        "abc:def:xyz::1"
      })
  void namesAndMalformedTextAreRefusedWithoutLookingThemUp(String text) {
    assertThat(AddressRange.parse(text)).isEmpty();
  }
}
