package vn.bulletin.counter;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a client into salted hashes, so that no address is kept anywhere (as GoatCounter and
 * Plausible do). The salt is random, held only in memory and replaced when the site's day changes,
 * so yesterday's hashes cannot be linked to today's, nor to an address after a restart.
 */
final class ClientHasher {
  private final Clock clock;
  private final ZoneId zone;
  private final SecureRandom random = new SecureRandom();
  private final AtomicReference<Salt> salt = new AtomicReference<>();

  private record Salt(LocalDate day, byte[] key) {}

  ClientHasher(Clock clock, ZoneId zone) {
    this.clock = clock;
    this.zone = zone;
  }

  /**
   * The key a rate limit counts against: the address alone, since rotating the User-Agent is free.
   * An IPv6 client usually holds a whole /64, so only that prefix is used.
   */
  ClientId rateKey(Client client) {
    return hash(network(client.address()), new byte[0]);
  }

  /** One visitor for "online now": address and User-Agent, so people behind one NAT count apart. */
  ClientId visitorKey(Client client) {
    return hash(client.address().getAddress(), client.userAgent().getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] network(InetAddress address) {
    byte[] bytes = address.getAddress();
    return address instanceof Inet6Address ? Arrays.copyOf(bytes, 8) : bytes;
  }

  private ClientId hash(byte[] address, byte[] extra) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(currentSalt(), "HmacSHA256"));
      mac.update((byte) address.length);
      mac.update(address);
      ByteBuffer digest = ByteBuffer.wrap(mac.doFinal(extra));
      return new ClientId(digest.getLong(), digest.getLong());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  private byte[] currentSalt() {
    LocalDate today = LocalDate.now(clock.withZone(zone));
    Salt current = salt.get();
    while (current == null || !current.day().equals(today)) {
      byte[] key = new byte[32];
      random.nextBytes(key);
      Salt fresh = new Salt(today, key);
      // Several threads may race at midnight: one salt wins and all use it.
      current = salt.compareAndSet(current, fresh) ? fresh : salt.get();
    }
    return current.key();
  }
}
