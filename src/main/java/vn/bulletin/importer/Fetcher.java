package vn.bulletin.importer;

import java.net.URI;

/** Brings a file of the old portal: from a saved copy on disk, or over HTTP. */
interface Fetcher {
  Fetched fetch(URI uri) throws FetchFailure;
}
