package vn.bulletin.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An address or a network in CIDR form ({@code 10.0.0.0/8}, {@code ::1}), as listed under {@code
 * counter: trusted-proxies}. Only literals are accepted: parsing never looks a name up in DNS.
 */
public record AddressRange(InetAddress network, int prefixLength) {
  private static final Pattern IPV4 =
      Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

  // After the patterns: static fields initialise in order.
  public static final List<AddressRange> LOOPBACK =
      List.of(parse("127.0.0.0/8").orElseThrow(), parse("::1").orElseThrow());

  /** {@code ADDRESS} or {@code ADDRESS/PREFIX}; empty if it is not one. */
  public static Optional<AddressRange> parse(String text) {
    String[] parts = text.strip().split("/", -1);
    if (parts.length > 2) {
      return Optional.empty();
    }
    Optional<InetAddress> address = literal(parts[0]);
    if (address.isEmpty()) {
      return Optional.empty();
    }
    int bits = address.get().getAddress().length * 8;
    if (parts.length == 1) {
      return Optional.of(new AddressRange(address.get(), bits));
    }
    if (!parts[1].matches("\\d{1,3}") || Integer.parseInt(parts[1]) > bits) {
      return Optional.empty();
    }
    return Optional.of(new AddressRange(address.get(), Integer.parseInt(parts[1])));
  }

  /** An IPv4 or IPv6 literal, or empty; never a DNS lookup. */
  public static Optional<InetAddress> literal(String text) {
    Matcher v4 = IPV4.matcher(text);
    if (v4.matches()) {
      for (int i = 1; i <= 4; i++) {
        if (Integer.parseInt(v4.group(i)) > 255) {
          return Optional.empty();
        }
      }
    } else if (!IPV6.matcher(text).matches()) {
      return Optional.empty();
    }
    try {
      // With a colon, or digits and dots only, the JDK parses a literal and does no lookup.
      return Optional.of(InetAddress.getByName(text));
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }

  public boolean contains(InetAddress address) {
    byte[] net = network.getAddress();
    byte[] other = address.getAddress();
    if (net.length != other.length) {
      return false;
    }
    int full = prefixLength / 8;
    for (int i = 0; i < full; i++) {
      if (net[i] != other[i]) {
        return false;
      }
    }
    int rest = prefixLength % 8;
    int mask = (0xFF << (8 - rest)) & 0xFF;
    return rest == 0 || (net[full] & mask) == (other[full] & mask);
  }

  @Override
  public String toString() {
    return network.getHostAddress() + "/" + prefixLength;
  }
}
