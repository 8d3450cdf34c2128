package vn.bulletin.counter;

import java.net.InetAddress;

/**
 * Who sent a request: the address the server decided on and the User-Agent header (may be empty).
 */
public record Client(InetAddress address, String userAgent) {
  public Client {
    userAgent = userAgent == null ? "" : userAgent;
  }
}
