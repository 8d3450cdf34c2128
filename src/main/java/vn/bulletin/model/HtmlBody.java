package vn.bulletin.model;

import java.nio.charset.StandardCharsets;
import vn.bulletin.fingerprint.Fingerprint;

/**
 * An item's sanitised body HTML, known by its digest. A body kept from an earlier build is decoded
 * only when a page that shows it is rendered or its text is indexed; whatever depends on the body
 * without showing it (a page's fingerprint, the search index's version of the item) uses the
 * digest. Two bodies are equal when their digests are.
 */
public abstract class HtmlBody {
  /** The HTML. */
  public abstract String html();

  /**
   * The hash of {@link #html}, as 32 hex digits; for a body made on demand, the hash of what it is
   * made from.
   */
  public abstract String digest();

  /** The HTML as UTF-8. */
  public byte[] utf8() {
    return html().getBytes(StandardCharsets.UTF_8);
  }

  /** A body whose HTML is at hand. */
  public static HtmlBody of(String html) {
    return new Known(html);
  }

  /** The digest a body of this HTML has. */
  public static String digestOf(String html) {
    return new Fingerprint().add(html).hex();
  }

  @Override
  public final boolean equals(Object other) {
    return other instanceof HtmlBody body && body.digest().equals(digest());
  }

  @Override
  public final int hashCode() {
    return digest().hashCode();
  }

  /** The HTML itself, so that templates show a body as its text. */
  @Override
  public final String toString() {
    return html();
  }

  private static final class Known extends HtmlBody {
    private final String html;
    private volatile String digest;

    Known(String html) {
      this.html = java.util.Objects.requireNonNull(html);
    }

    @Override
    public String html() {
      return html;
    }

    @Override
    public String digest() {
      String known = digest;
      if (known == null) {
        known = digestOf(html);
        digest = known;
      }
      return known;
    }
  }
}
