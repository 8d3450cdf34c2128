package vn.bulletin.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import vn.bulletin.publish.ReleaseWriter;
import vn.bulletin.search.SearchExport;

/**
 * The search export's files into the release: those unchanged kept as they are, new ones written.
 */
final class SearchFiles {
  /** The release key of every search file: their names carry their content's hash. */
  static final String KEY = "search";

  private SearchFiles() {}

  // New chunks are compressed as they are given, on every core.
  static void write(SearchExport export, ReleaseWriter release) throws IOException {
    try {
      export.files().parallelStream()
          .forEach(
              file -> {
                try {
                  if (file.unchanged()) {
                    release.keep(file.path(), KEY);
                  } else {
                    release.write(file.path(), file.bytes(), KEY);
                  }
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
