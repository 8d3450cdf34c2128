package vn.bulletin.importer;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads {@code file:} addresses from saved pages, and hands web addresses to the crawler: a page
 * saved by a browser keeps its photos beside it, one saved in part still points at the portal.
 */
final class LocalFetcher implements Fetcher {
  private final Fetcher web;

  LocalFetcher(Fetcher web) {
    this.web = web;
  }

  @Override
  public Fetched fetch(URI uri) throws FetchFailure {
    if (!"file".equals(uri.getScheme())) {
      return web.fetch(uri);
    }
    Path path = Path.of(uri);
    if (!Files.isRegularFile(path)) {
      // Mirrors save "a b.jpg" for "a%20b.jpg"; the address may hold either.
      Path decoded = Path.of(URLDecoder.decode(uri.getRawPath(), StandardCharsets.UTF_8));
      if (!Files.isRegularFile(decoded)) {
        throw new FetchFailure("no such file " + path);
      }
      path = decoded;
    }
    try {
      return new Fetched(uri, Files.readAllBytes(path), Optional.empty(), Optional.empty());
    } catch (IOException e) {
      throw new FetchFailure("cannot read " + path + ": " + e.getMessage());
    }
  }
}
