package vn.bulletin.render;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.bulletin.fingerprint.Fingerprint;

/**
 * The digests of view records, by identity, kept from one build to the next of a long-lived build
 * session ({@code serve --watch}): a record the plan kept (the views of an unchanged item) is not
 * hashed again. Records are immutable, so a record's digest never changes. What a build did not use
 * is dropped at the next one. The same holds for whole pages: a page spec the plan kept, rendered
 * with the same templates, has the key it had. Used from many rendering threads at once.
 */
public final class DigestCache {
  private volatile Map<Identity, Fingerprint> previous = new ConcurrentHashMap<>();
  private volatile Map<Identity, Fingerprint> current = new ConcurrentHashMap<>();
  private volatile Map<Identity, PageKey> previousPages = new ConcurrentHashMap<>();
  private volatile Map<Identity, PageKey> currentPages = new ConcurrentHashMap<>();

  /** A page's key and the templates it was made with. */
  private record PageKey(String templates, String key) {}

  /** Starts a build: what the last one used is what this one may find. */
  public void startBuild() {
    previous = current;
    current = new ConcurrentHashMap<>();
    previousPages = currentPages;
    currentPages = new ConcurrentHashMap<>();
  }

  /** The key of this page spec (the same object) with these templates, if a build made it. */
  String findPage(Record page, String templates) {
    Identity id = new Identity(page);
    PageKey known = currentPages.get(id);
    if (known == null) {
      known = previousPages.get(id);
      if (known != null && known.templates().equals(templates)) {
        currentPages.putIfAbsent(id, known);
      }
    }
    return known != null && known.templates().equals(templates) ? known.key() : null;
  }

  void putPage(Record page, String templates, String key) {
    currentPages.putIfAbsent(new Identity(page), new PageKey(templates, key));
  }

  Fingerprint find(Record record) {
    Identity key = new Identity(record);
    Fingerprint known = current.get(key);
    if (known == null) {
      known = previous.get(key);
      if (known != null) {
        current.putIfAbsent(key, known);
      }
    }
    return known;
  }

  void put(Record record, Fingerprint digest) {
    current.putIfAbsent(new Identity(record), digest);
  }

  // Records are told apart by identity, not equality: equal ones are the same page's parts anyway,
  // and identity needs no walk through their values.
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
