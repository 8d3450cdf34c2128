package vn.bulletin.render;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.bulletin.plan.PageSpec;

/**
 * What a page's bytes depend on, as one hash: the templates, the page's template and path, and
 * every value of its view model. Templates see nothing but the model (no shared variables, no API
 * built-ins), so two renders with the same fingerprint give the same bytes, and a page whose
 * fingerprint did not change need not be rendered again. Sub-models shared by many pages (the site's
 * menus, an item's summary) are hashed once per build.
 */
public final class PageFingerprint {
  private static final Map<Class<?>, Method[]> ACCESSORS = new ConcurrentHashMap<>();

  private final String templates;
  private final Map<Identity, byte[]> shared = new ConcurrentHashMap<>();

  /** @param templates what identifies the templates and the renderer's settings, e.g. their hash */
  public PageFingerprint(String templates) {
    this.templates = templates;
  }

  public String of(PageSpec page) {
    MessageDigest digest = sha256();
    update(digest, templates);
    update(digest, page.template());
    update(digest, page.path());
    value(digest, page.model());
    return HexFormat.of().formatHex(digest.digest(), 0, 16);
  }

  private void value(MessageDigest digest, Object value) {
    if (value == null) {
      digest.update((byte) 0);
    } else if (value instanceof String s) {
      digest.update((byte) 1);
      update(digest, s);
    } else if (value instanceof Number || value instanceof Boolean || value instanceof Character
        || value instanceof Enum<?> || value instanceof TemporalAccessor) {
      digest.update((byte) 2);
      update(digest, value.getClass().getName() + ":" + value);
    } else if (value instanceof Optional<?> o) {
      digest.update((byte) 3);
      value(digest, o.orElse(null));
    } else if (value instanceof Collection<?> c) {
      digest.update((byte) 4);
      update(digest, String.valueOf(c.size()));
      c.forEach(element -> value(digest, element));
    } else if (value instanceof Record r) {
      digest.update((byte) 5);
      // Not computeIfAbsent: the digest of a record takes those of the records it holds.
      Identity key = new Identity(r);
      byte[] known = shared.get(key);
      if (known == null) {
        known = recordDigest(r);
        shared.putIfAbsent(key, known);
      }
      digest.update(known);
    } else {
      throw new IllegalStateException("a view model holds a " + value.getClass().getName()
          + ", which the page fingerprint cannot read");
    }
  }

  private byte[] recordDigest(Record record) {
    MessageDigest digest = sha256();
    update(digest, record.getClass().getName());
    for (Method accessor : ACCESSORS.computeIfAbsent(record.getClass(), PageFingerprint::accessors)) {
      try {
        value(digest, accessor.invoke(record));
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read " + accessor, e);
      }
    }
    return digest.digest();
  }

  private static Method[] accessors(Class<?> type) {
    RecordComponent[] components = type.getRecordComponents();
    Method[] accessors = new Method[components.length];
    for (int i = 0; i < components.length; i++) {
      accessors[i] = components[i].getAccessor();
      accessors[i].setAccessible(true);
    }
    return accessors;
  }

  private static void update(MessageDigest digest, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    digest.update(intBytes(bytes.length));
    digest.update(bytes);
  }

  private static byte[] intBytes(int n) {
    return new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n};
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  // Shared sub-models are the same instances, so they are told apart by identity, not equality.
  private record Identity(Object value) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Identity i && i.value == value;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(value);
    }
  }
}
