package vn.bulletin.importer;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.bulletin.config.SiteConfig;
import vn.bulletin.markdown.MarkdownRenderer;

/**
 * Imports one page: fetch, decode, find the article, its date and category, clean the body, bring
 * its photos and files, convert to Markdown, and hand the item to the store; or say why not.
 */
final class PageImporter {
  private final Fetcher fetcher;
  private final PageDecoder decoder = new PageDecoder();
  private final VietnameseDateParser dates;
  private final ArticleExtractor extractor;
  private final CategoryMatcher categories;
  private final BodyCleaner cleaner = new BodyCleaner();
  private final MarkdownConverter converter = new MarkdownConverter();
  private final MarkdownRenderer check = new MarkdownRenderer(false);
  private final VisitorTotalFinder visitors = new VisitorTotalFinder();
  private final Optional<LocalDate> since;
  private final ItemStore store;

  PageImporter(
      SiteConfig config,
      ImportSettings settings,
      Fetcher fetcher,
      Optional<LocalDate> since,
      ItemStore store) {
    this.fetcher = fetcher;
    this.dates = new VietnameseDateParser(config.timeZone());
    this.extractor = new ArticleExtractor(settings.effectiveSelectors(), dates);
    this.categories = new CategoryMatcher(config, settings.categories());
    this.since = since;
    this.store = store;
  }

  void importPage(PageRef page, ReportCollector report) throws IOException {
    String shown = page.uri().toString();
    Fetched fetched;
    try {
      fetched = fetcher.fetch(page.uri());
    } catch (FetchFailure e) {
      report.skipped(shown, "could not be fetched: " + e.getMessage());
      return;
    }
    PageDecoder.Decoded decoded =
        decoder.decode(fetched.body(), fetched.uri().toString(), fetched.charset());
    Document doc = decoded.document();
    report.visitorTotal(visitors.find(doc.text()));
    Optional<URI> web = PageAddress.webAddress(doc, fetched.uri());
    String alias =
        page.folder()
            .map(f -> PageAddress.aliasPath(web, f, Path.of(fetched.uri())))
            .orElseGet(() -> PageAddress.aliasPath(web, Path.of(""), Path.of("")));
    String url = web.map(URI::toString).orElse(alias);
    if (decoded.legacyConverted()) {
      report.warning(
          url,
          "text in an old font encoding (TCVN3 or VNI) was converted to Unicode; proofread it");
    }
    Optional<RawArticle> raw = extractor.extract(doc);
    if (raw.isEmpty()) {
      report.skipped(url, "not an article: no headline or body found");
      return;
    }
    URI siteRoot =
        page.folder()
            .map(f -> PageAddress.siteRoot(f, Path.of(fetched.uri())))
            .orElse(fetched.uri().resolve("/"));
    article(
        raw.get(), new PhotoCollector(fetcher, siteRoot), fetched.uri(), web, alias, url, report);
  }

  private void article(
      RawArticle raw,
      PhotoCollector photos,
      URI fileBase,
      Optional<URI> web,
      String alias,
      String url,
      ReportCollector report)
      throws IOException {
    Optional<ZonedDateTime> date = dates.parse(raw.dateText());
    if (date.isEmpty()) {
      report.skipped(url, "no publication date found near the headline \"" + raw.title() + "\"");
      return;
    }
    if (since.isPresent() && date.get().toLocalDate().isBefore(since.get())) {
      report.skipped(url, "dated " + date.get().toLocalDate() + ", before --since " + since.get());
      return;
    }
    CategoryMatcher.Match category =
        categories.match(
            raw.categoryHints(),
            web.or(() -> Optional.of(URI.create("file://" + alias.replace(" ", "%20")))));
    if (category.category().isEmpty()) {
      report.skipped(
          url,
          "no category of bulletin.yaml matches "
              + (category.tried().isEmpty()
                  ? "its breadcrumb or URL"
                  : "\"" + String.join("\", \"", category.tried()) + "\"")
              + "; add it under categories:, or map it under import: categories:");
      return;
    }
    Element body = raw.body();
    body.select("h1")
        .forEach(
            h -> {
              if (h.text().strip().equals(raw.title())) {
                h.remove();
              } else {
                h.tagName("h2");
              }
            });
    cleaner.tidy(body);
    PhotoCollector.Collected files = photos.collect(body, raw.attachments(), fileBase, web);
    files.missingPhotos().forEach(p -> report.missing(url, "photo " + p));
    files.missingFiles().forEach(f -> report.missing(url, "file " + f));
    String markdown = converter.convert(BodyCleaner.safe(body));
    for (int line : check.render(markdown, 0).rawHtmlLines()) {
      report.warning(url, "raw HTML left in the body at line " + line + " of the Markdown");
    }
    String cover =
        files.files().stream()
            .map(BundleFile::name)
            .filter(n -> n.startsWith("anh-"))
            .findFirst()
            .orElse("");
    store.store(
        new ItemDraft(
            url,
            alias,
            raw.title(),
            date.get(),
            category.category().get(),
            raw.lead(),
            cover,
            raw.author(),
            raw.source(),
            markdown,
            files.files()),
        report);
  }
}
