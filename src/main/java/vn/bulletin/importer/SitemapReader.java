package vn.bulletin.importer;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** Lists the pages a sitemap names, following a sitemap index to its sitemaps. */
final class SitemapReader {
  /** A sitemap index may not nest deeper than this. */
  static final int MAX_DEPTH = 3;

  private final Fetcher fetcher;

  SitemapReader(Fetcher fetcher) {
    this.fetcher = fetcher;
  }

  static boolean isSitemap(String text) {
    String head = text.substring(0, Math.min(text.length(), 2000));
    return head.contains("<urlset") || head.contains("<sitemapindex");
  }

  List<URI> pages(URI sitemap) throws FetchFailure {
    List<URI> pages = new ArrayList<>();
    read(sitemap, 0, pages);
    return pages;
  }

  private void read(URI sitemap, int depth, List<URI> pages) throws FetchFailure {
    Fetched fetched = fetcher.fetch(sitemap);
    Document xml =
        Jsoup.parse(
            new String(fetched.body(), StandardCharsets.UTF_8),
            sitemap.toString(),
            Parser.xmlParser());
    for (Element loc : xml.select("sitemapindex > sitemap > loc")) {
      if (depth < MAX_DEPTH) {
        read(sitemap.resolve(loc.text().strip()), depth + 1, pages);
      }
    }
    for (Element loc : xml.select("urlset > url > loc")) {
      pages.add(sitemap.resolve(loc.text().strip()));
    }
  }
}
