package vn.bulletin.content;

/**
 * The sources an earlier build read and whose parse the caller still holds: a file whose stamp a
 * {@code KnownSources} recognises is listed by the loader without being read.
 */
@FunctionalInterface
public interface KnownSources {
  KnownSources NONE = (path, stamp) -> false;

  /**
   * Whether the caller holds the parse of {@code path} (a project path) made from a file with this
   * stamp.
   */
  boolean holds(String path, SourceStamp stamp);
}
