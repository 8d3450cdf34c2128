package vn.bulletin.plan;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import vn.bulletin.config.SiteConfig;
import vn.bulletin.model.Document;
import vn.bulletin.model.VietnameseFormat;
import vn.bulletin.view.DocumentViews.DocumentListPage;
import vn.bulletin.view.DocumentViews.DocumentPage;
import vn.bulletin.view.DocumentViews.DocumentSummary;
import vn.bulletin.view.DocumentViews.FilterGroup;
import vn.bulletin.view.DocumentViews.FilterLink;
import vn.bulletin.view.Views.RssFeed;
import vn.bulletin.view.Views.RssItem;
import vn.bulletin.view.Views.SiteView;

/**
 * Plans the documents section: {@code /van-ban/} newest first, one list per kind, issuing body,
 * field and year (static pages, so filters work on any host), a page per document with "Văn bản
 * khác" (the documents of its kind issued just before it), and the section's feed.
 */
final class DocumentPlanner {
  /**
   * Newest issue date first; on one day by number, so the order never depends on file names alone.
   */
  static final Comparator<Document> NEWEST_FIRST =
      Comparator.comparing(Document::issued, Comparator.reverseOrder())
          .thenComparing(d -> d.number().key())
          .thenComparing(Document::path);

  private final SiteConfig config;
  private final ViewFactory views;
  private final DocumentViewFactory documentViews;

  DocumentPlanner(SiteConfig config, ViewFactory views) {
    this.config = config;
    this.views = views;
    this.documentViews = new DocumentViewFactory(config, views);
  }

  void plan(SiteView site, List<Document> published, DocumentNumbers numbers, OutputList out) {
    if (published.isEmpty()) {
      return;
    }
    Map<String, List<Document>> byKind = group(published, Document::kind, kindOrder());
    byKind.values().forEach(same -> documentPages(site, same, numbers, out));
    List<Filter> filters = filters(published, byKind);
    lists(site, "", DocumentViewFactory.NAME, DocumentViewFactory.SECTION, published, filters, out);
    for (Filter filter : filters) {
      filter
          .values()
          .forEach(
              (name, documents) ->
                  lists(
                      site,
                      filter.path().apply(name),
                      DocumentViewFactory.NAME + ": " + name,
                      filter.path().apply(name),
                      documents,
                      filters,
                      out));
    }
    out.add(new PageSpec(DocumentViewFactory.SECTION + "rss.xml", "rss.ftlx", feed(published), ""));
  }

  /** One way to narrow the list, with its values in the order filters show them. */
  private record Filter(
      String name, Function<String, String> path, Map<String, List<Document>> values) {}

  private List<Filter> filters(List<Document> published, Map<String, List<Document>> byKind) {
    Collator vietnamese = Collator.getInstance(VietnameseFormat.VI);
    Comparator<String> byName = vietnamese::compare;
    Map<String, List<Document>> years =
        group(
            published,
            d -> Integer.toString(d.issued().getYear()),
            Comparator.<String>naturalOrder().reversed());
    return List.of(
        new Filter("Loại văn bản", DocumentViewFactory::kindPath, byKind),
        new Filter(
            "Cơ quan ban hành",
            DocumentViewFactory::issuerPath,
            group(published, Document::issuer, byName.thenComparing(Comparator.naturalOrder()))),
        new Filter(
            "Lĩnh vực",
            DocumentViewFactory::fieldPath,
            group(published, Document::field, byName.thenComparing(Comparator.naturalOrder()))),
        new Filter("Năm ban hành", y -> DocumentViewFactory.yearPath(Integer.parseInt(y)), years));
  }

  private Comparator<String> kindOrder() {
    List<String> kinds = config.documents().kinds();
    return Comparator.comparingInt(
            (String k) -> kinds.indexOf(k) < 0 ? kinds.size() : kinds.indexOf(k))
        .thenComparing(Comparator.naturalOrder());
  }

  private static Map<String, List<Document>> group(
      List<Document> published, Function<Document, String> key, Comparator<String> order) {
    Map<String, List<Document>> groups = new TreeMap<>(order);
    published.forEach(d -> groups.computeIfAbsent(key.apply(d), k -> new ArrayList<>()).add(d));
    return new LinkedHashMap<>(groups);
  }

  private void documentPages(
      SiteView site, List<Document> sameKind, DocumentNumbers numbers, OutputList out) {
    int count = config.lists().otherNewsCount();
    for (int i = 0; i < sameKind.size(); i++) {
      Document d = sameKind.get(i);
      List<DocumentSummary> others =
          documentViews.summaries(OtherNewsSelector.select(sameKind, i, count));
      var meta =
          views.meta(
              MetaSpec.of(PageKind.DOCUMENT, d.title(), d.path())
                  .described(d.summary())
                  .under(ViewFactory.HOME, DocumentViewFactory.SECTION_LINK)
                  .withFeed(DocumentViewFactory.SECTION + "rss.xml")
                  .inSection(DocumentViewFactory.SECTION));
      out.add(
          new PageSpec(
              d.path() + "index.html",
              "document.ftlh",
              new DocumentPage(
                  site,
                  ViewFactory.rootFrom(d.path()),
                  meta,
                  documentViews.view(d, numbers),
                  others),
              d.sourcePath()));
    }
  }

  private void lists(
      SiteView site,
      String current,
      String heading,
      String base,
      List<Document> documents,
      List<Filter> filters,
      OutputList out) {
    List<List<Document>> pages = Paginator.split(documents, config.lists().pageSize());
    List<FilterGroup> groups =
        filters.stream()
            .map(
                f ->
                    new FilterGroup(
                        f.name(),
                        f.values().entrySet().stream()
                            .map(
                                e ->
                                    new FilterLink(
                                        e.getKey(),
                                        f.path().apply(e.getKey()),
                                        e.getValue().size(),
                                        f.path().apply(e.getKey()).equals(current)))
                            .toList()))
            .toList();
    String description =
        current.isEmpty() ? "Văn bản chỉ đạo, điều hành do các cơ quan ban hành." : "";
    for (int n = 1; n <= pages.size(); n++) {
      String path = Paginator.pagePath(base, n);
      String title = n == 1 ? heading : heading + " – Trang " + n;
      var crumbs =
          current.isEmpty()
              ? List.of(ViewFactory.HOME)
              : List.of(ViewFactory.HOME, DocumentViewFactory.SECTION_LINK);
      var meta =
          views.meta(
              MetaSpec.of(PageKind.DOCUMENTS, title, path)
                  .described(description)
                  .under(crumbs)
                  .withFeed(DocumentViewFactory.SECTION + "rss.xml")
                  .inSection(DocumentViewFactory.SECTION));
      out.add(
          new PageSpec(
              path + "index.html",
              "documents.ftlh",
              new DocumentListPage(
                  site,
                  ViewFactory.rootFrom(path),
                  meta,
                  heading,
                  description,
                  documentViews.summaries(pages.get(n - 1)),
                  Paginator.pagination(base, n, pages.size()),
                  groups),
              ""));
    }
  }

  private RssFeed feed(List<Document> published) {
    String title = DocumentViewFactory.NAME + " – " + config.name();
    List<RssItem> entries =
        published.stream()
            .limit(config.lists().pageSize())
            .map(
                d ->
                    new RssItem(
                        d.title() + ": " + d.summary(),
                        config.absoluteUrl(d.path()),
                        config.absoluteUrl(d.path()),
                        FeedPlanner.asHtml(d.summary()),
                        views.format().rfc822(startOf(d.issued())),
                        d.kind()))
            .toList();
    return new RssFeed(
        title,
        config.absoluteUrl(DocumentViewFactory.SECTION),
        title,
        config.language(),
        config.absoluteUrl(DocumentViewFactory.SECTION + "rss.xml"),
        entries);
  }

  private java.time.ZonedDateTime startOf(LocalDate day) {
    return day.atStartOfDay(config.timeZone());
  }
}
