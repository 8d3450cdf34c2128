package vn.bulletin.cli;

import java.nio.file.Path;

/**
 * Which database the counter uses: {@code --db}, else {@code counter: db}, else the SQLite file
 * under the source.
 */
final class DatabaseUrl {
  static final String DEFAULT_FILE = ".bulletin/counter.db";
  private static final String SQLITE = "jdbc:sqlite:";

  private DatabaseUrl() {}

  /**
   * A relative SQLite file is relative to the source folder, as every other path of the site is.
   */
  static String choose(String option, String configured, Path source) {
    String url = option != null && !option.isBlank() ? option : configured;
    if (url.isBlank()) {
      return SQLITE + source.resolve(DEFAULT_FILE).toAbsolutePath().normalize();
    }
    if (!url.startsWith(SQLITE)) {
      return url;
    }
    String rest = url.substring(SQLITE.length());
    int query = rest.indexOf('?');
    String file = query < 0 ? rest : rest.substring(0, query);
    if (file.isEmpty()
        || file.startsWith(":")
        || file.startsWith("file:")
        || Path.of(file).isAbsolute()) {
      return url;
    }
    return SQLITE
        + source.resolve(file).toAbsolutePath().normalize()
        + (query < 0 ? "" : rest.substring(query));
  }
}
