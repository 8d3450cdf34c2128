package vn.bulletin.importer;

import java.net.URI;
import java.util.Optional;

/**
 * A file fetched from the old portal or read from a saved copy.
 *
 * @param uri where it was finally found, after redirects
 * @param charset the charset its HTTP header named, if any
 */
record Fetched(URI uri, byte[] body, Optional<String> contentType, Optional<String> charset) {}
