package vn.bulletin.photo;

import java.util.Optional;

/** A photo found in the catalog, or why it cannot be published. */
public record PhotoLookup(Optional<PhotoRecord> record, String problem) {
  static PhotoLookup of(PhotoRecord record) {
    return new PhotoLookup(Optional.of(record), "");
  }

  static PhotoLookup failed(String problem) {
    return new PhotoLookup(Optional.empty(), problem);
  }
}
