package vn.bulletin.server;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.bulletin.config.AddressRange;

/**
 * Who the client is: the peer address, or an address from {@code X-Forwarded-For} only when the
 * peer is a trusted proxy. The header is walked from the right, past trusted hops, so a client
 * cannot pick its own address by writing the header itself (CWE-290, the usual rate-limit bypass).
 */
final class ClientResolver {
  private final List<AddressRange> trusted;

  ClientResolver(List<AddressRange> trusted) {
    this.trusted = List.copyOf(trusted);
  }

  /**
   * @param peer the connection's remote address
   * @param forwardedFor every {@code X-Forwarded-For} header value, in order
   */
  InetAddress resolve(InetAddress peer, List<String> forwardedFor) {
    List<String> hops = new ArrayList<>();
    for (String value : forwardedFor) {
      for (String hop : value.split(",")) {
        hops.add(hop);
      }
    }
    InetAddress client = peer;
    for (int i = hops.size() - 1; i >= 0 && isTrusted(client); i--) {
      Optional<InetAddress> previous = hop(hops.get(i));
      if (previous.isEmpty()) {
        // A garbled entry: nothing left of it can be believed; the last trusted hop answers for it.
        break;
      }
      client = previous.get();
    }
    return client;
  }

  private boolean isTrusted(InetAddress address) {
    return trusted.stream().anyMatch(r -> r.contains(address));
  }

  /**
   * One entry: {@code 203.0.113.7}, {@code 203.0.113.7:51234}, {@code 2001:db8::1} or {@code
   * [2001:db8::1]:443}.
   */
  private static Optional<InetAddress> hop(String text) {
    String hop = text.strip();
    if (hop.startsWith("[")) {
      int end = hop.indexOf(']');
      hop = end > 0 ? hop.substring(1, end) : hop;
    } else if (hop.matches("[0-9.]+:\\d{1,5}")) {
      hop = hop.substring(0, hop.indexOf(':'));
    }
    return AddressRange.literal(hop);
  }
}
