package vn.bulletin.publish;

import java.io.IOException;
import java.nio.file.Path;

/** Lets tests in other packages remove folder trees the way the publisher does. */
public final class SitePublisherAccess {
  private SitePublisherAccess() {}

  public static void deleteTree(Path root) throws IOException {
    SitePublisher.deleteTree(root);
  }
}
