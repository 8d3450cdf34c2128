package vn.bulletin.importer;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import vn.bulletin.config.SiteConfig;

/**
 * {@code bulletin import}: expands each FROM (a folder of saved pages, a page URL, a sitemap) into
 * pages, imports them one by one, and reports. Resumable: an interrupted run of the same FROM list
 * skips the pages it had handled.
 */
public final class Importer {
  /** How a run goes. */
  public record Options(
      Path sourceDir,
      ImportSettings settings,
      Optional<LocalDate> since,
      boolean dryRun,
      CrawlPace pace) {}

  private final SiteConfig config;
  private final Options options;

  public Importer(SiteConfig config, Options options) {
    this.config = config;
    this.options = options;
  }

  public ImportReport run(List<String> from) throws IOException {
    ReportCollector report = new ReportCollector();
    Fetcher fetcher = new LocalFetcher(new PoliteCrawler(options.pace()));
    ImportLedger ledger = ImportLedger.load(options.sourceDir());
    ItemStore store = new ItemStore(options.sourceDir(), ledger, options.dryRun());
    PageImporter importer =
        new PageImporter(config, options.settings(), fetcher, options.since(), store);
    List<PageRef> pages = expand(from, fetcher, report);
    if (options.dryRun()) {
      for (PageRef page : pages) {
        importer.importPage(page, report);
      }
      return report.report(true);
    }
    CrawlState state = CrawlState.open(options.sourceDir(), String.join(" ", from));
    try {
      for (PageRef page : pages) {
        if (state.isDone(page.uri().toString())) {
          report.skipped(page.uri().toString(), "handled by the run that was interrupted");
          continue;
        }
        importer.importPage(page, report);
        ledger.save();
        state.markDone(page.uri().toString());
      }
      state.finish();
    } finally {
      state.close();
    }
    return report.report(false);
  }

  private List<PageRef> expand(List<String> from, Fetcher fetcher, ReportCollector report)
      throws IOException {
    List<PageRef> pages = new ArrayList<>();
    for (String each : from) {
      if (each.matches("(?i)^https?://.+")) {
        URI uri = URI.create(each);
        if (looksLikeSitemap(each)) {
          sitemap(uri, fetcher, report, pages);
        } else {
          pages.add(PageRef.web(uri));
        }
        continue;
      }
      Path path = Path.of(each);
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(Files::isRegularFile)
              .filter(p -> isPage(p.getFileName().toString()))
              .sorted()
              .forEach(p -> pages.add(PageRef.saved(p, path)));
        }
      } else if (Files.isRegularFile(path)
          && SitemapReader.isSitemap(Files.readString(path, StandardCharsets.UTF_8))) {
        sitemap(path.toAbsolutePath().toUri(), fetcher, report, pages);
      } else if (Files.isRegularFile(path)) {
        pages.add(PageRef.saved(path, path.toAbsolutePath().getParent()));
      } else {
        report.skipped(each, "no such folder, file or http(s) address");
      }
    }
    return pages;
  }

  private static void sitemap(
      URI uri, Fetcher fetcher, ReportCollector report, List<PageRef> pages) {
    try {
      new SitemapReader(fetcher).pages(uri).forEach(p -> pages.add(PageRef.web(p)));
    } catch (FetchFailure e) {
      report.skipped(uri.toString(), "sitemap could not be read: " + e.getMessage());
    }
  }

  private static boolean looksLikeSitemap(String url) {
    String path = URI.create(url).getPath().toLowerCase(Locale.ROOT);
    return path.endsWith(".xml") || path.contains("sitemap");
  }

  // wget saves "index.php?nv=news&op=a-1.html" too: the name ends in .html either way.
  private static boolean isPage(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".html") || n.endsWith(".htm");
  }
}
