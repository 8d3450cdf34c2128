package vn.bulletin.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import vn.bulletin.config.SiteConfig;
import vn.bulletin.diagnostic.Diagnostic;
import vn.bulletin.photo.PhotoCatalogStore;
import vn.bulletin.photo.VariantStore;

/**
 * Keeping the photo store between builds: the catalog saved, copies no page shows any more removed.
 * A failure only costs the next build time, so it is a warning.
 */
final class PhotoUpkeep {
  private PhotoUpkeep() {}

  static Optional<Diagnostic> save(PhotoCatalogStore catalog) {
    try {
      catalog.save();
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of(
          Diagnostic.warning(
              PhotoCatalogStore.DIRECTORY,
              "cannot save the photo catalog: " + SiteBuilder.describe(e)));
    }
  }

  /**
   * Once the site is out: the copies of photos it no longer shows ({@code keys} are those it does)
   * go.
   */
  static Optional<Diagnostic> prune(Path project, SiteConfig config, Set<String> keys) {
    try {
      new VariantStore(project, config.photos()).prune(keys);
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of(
          Diagnostic.warning(
              PhotoCatalogStore.DIRECTORY,
              "cannot clean the photo store: " + SiteBuilder.describe(e)));
    }
  }
}
