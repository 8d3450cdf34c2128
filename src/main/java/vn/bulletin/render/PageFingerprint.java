package vn.bulletin.render;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.bulletin.fingerprint.Fingerprint;
import vn.bulletin.model.HtmlBody;
import vn.bulletin.plan.PageSpec;

/**
 * What a page's bytes depend on, as one hash: the templates, the page's template and path, and
 * every value of its view model. Templates see nothing but the model (no shared variables, no API
 * built-ins), so two renders with the same fingerprint give the same bytes, and a page whose
 * fingerprint did not change need not be rendered again. Sub-models shared by many pages (the
 * site's menus, an item's summary) are hashed once per build.
 */
public final class PageFingerprint {
  private static final Map<Class<?>, Method[]> ACCESSORS = new ConcurrentHashMap<>();

  private final String templates;
  private final DigestCache shared;

  /**
   * @param templates what identifies the templates and the renderer's settings, e.g. their hash
   */
  public PageFingerprint(String templates) {
    this(templates, new DigestCache());
  }

  /**
   * @param shared digests of records, kept from earlier builds by a long-lived build session
   */
  public PageFingerprint(String templates, DigestCache shared) {
    this.templates = templates;
    this.shared = shared;
  }

  public String of(PageSpec page) {
    String known = shared.findPage(page, templates);
    if (known != null) {
      return known;
    }
    Fingerprint digest = new Fingerprint().add(templates).add(page.template()).add(page.path());
    value(digest, page.model());
    String key = digest.hex();
    shared.putPage(page, templates, key);
    return key;
  }

  private void value(Fingerprint digest, Object value) {
    if (value == null) {
      digest.add(0);
    } else if (value instanceof String s) {
      digest.add(1);
      digest.add(s);
    } else if (value instanceof Number
        || value instanceof Boolean
        || value instanceof Character
        || value instanceof Enum<?>
        || value instanceof TemporalAccessor) {
      digest.add(2);
      digest.add(value.getClass().getName()).add(value.toString());
    } else if (value instanceof HtmlBody body) {
      // A body kept from an earlier build is not decoded to be hashed: its digest stands for it.
      digest.add(6);
      digest.add(body.digest());
    } else if (value instanceof Optional<?> o) {
      digest.add(3);
      value(digest, o.orElse(null));
    } else if (value instanceof Collection<?> c) {
      digest.add(4);
      digest.add(c.size());
      c.forEach(element -> value(digest, element));
    } else if (value instanceof Record r) {
      digest.add(5);
      // Not computeIfAbsent: the digest of a record takes those of the records it holds.
      Fingerprint known = shared.find(r);
      if (known == null) {
        known = recordDigest(r);
        shared.put(r, known);
      }
      digest.add(known);
    } else {
      throw new IllegalStateException(
          "a view model holds a "
              + value.getClass().getName()
              + ", which the page fingerprint cannot read");
    }
  }

  private Fingerprint recordDigest(Record record) {
    Fingerprint digest = new Fingerprint().add(record.getClass().getName());
    for (Method accessor :
        ACCESSORS.computeIfAbsent(record.getClass(), PageFingerprint::accessors)) {
      try {
        value(digest, accessor.invoke(record));
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read " + accessor, e);
      }
    }
    return digest;
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
}
