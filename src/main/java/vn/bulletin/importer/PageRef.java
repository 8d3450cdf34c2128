package vn.bulletin.importer;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/** A page to import: where to fetch it, and for a saved copy the folder it was found in. */
record PageRef(URI uri, Optional<Path> folder) {
  static PageRef web(URI uri) {
    return new PageRef(uri, Optional.empty());
  }

  static PageRef saved(Path file, Path folder) {
    return new PageRef(
        file.toAbsolutePath().normalize().toUri(),
        Optional.of(folder.toAbsolutePath().normalize()));
  }
}
