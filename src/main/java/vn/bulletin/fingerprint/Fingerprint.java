package vn.bulletin.fingerprint;

/**
 * A 128-bit hash of a sequence of texts, numbers and flags, fed in order. Two FNV-1a lanes with
 * different primes run over each UTF-16 unit (no encoding to bytes), and each value is preceded by
 * its length, so ("ab", "c") and ("a", "bc") differ. It guards against accidental change, not
 * against an attacker: editors' own files are its only input.
 */
public final class Fingerprint {
  private static final long PRIME_1 = 0x100000001b3L;
  private static final long PRIME_2 = 0x9E3779B97F4A7C15L | 1L;
  private long lane1 = 0xcbf29ce484222325L;
  private long lane2 = 0x84222325cbf29ce4L;

  public Fingerprint add(String text) {
    add(text.length());
    long a = lane1;
    long b = lane2;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      a = (a ^ c) * PRIME_1;
      b = (b ^ c) * PRIME_2;
    }
    lane1 = a;
    lane2 = b;
    return this;
  }

  public Fingerprint add(long value) {
    for (int shift = 0; shift < 64; shift += 16) {
      char c = (char) (value >>> shift);
      lane1 = (lane1 ^ c) * PRIME_1;
      lane2 = (lane2 ^ c) * PRIME_2;
    }
    return this;
  }

  public Fingerprint add(boolean flag) {
    return add(flag ? 1L : 0L);
  }

  /** Feeds another fingerprint's value, e.g. of a part shared by many pages. */
  public Fingerprint add(Fingerprint part) {
    return add(mix(part.lane1)).add(mix(part.lane2 ^ part.lane1));
  }

  /** The hash as 32 hex digits. */
  public String hex() {
    char[] out = new char[32];
    digits(mix(lane1), out, 0);
    digits(mix(lane2 ^ lane1), out, 16);
    return new String(out);
  }

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private static void digits(long value, char[] out, int at) {
    for (int i = 15; i >= 0; i--) {
      out[at + i] = HEX[(int) (value & 0xF)];
      value >>>= 4;
    }
  }

  // The finaliser of MurmurHash3: every input bit reaches every output bit.
  private static long mix(long value) {
    long h = value;
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
