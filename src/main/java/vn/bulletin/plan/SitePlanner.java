package vn.bulletin.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import vn.bulletin.config.SiteConfig;
import vn.bulletin.content.ContentLoader;
import vn.bulletin.content.StaticFile;
import vn.bulletin.model.Category;
import vn.bulletin.model.Document;
import vn.bulletin.model.NewsItem;
import vn.bulletin.model.StandalonePage;
import vn.bulletin.model.Tag;
import vn.bulletin.photo.PhotoLookup;
import vn.bulletin.view.Views.ArticlePage;
import vn.bulletin.view.Views.HomePage;
import vn.bulletin.view.Views.ItemSummary;
import vn.bulletin.view.Views.LinkView;
import vn.bulletin.view.Views.ListPage;
import vn.bulletin.view.Views.NotFoundPage;
import vn.bulletin.view.Views.SearchPage;
import vn.bulletin.view.Views.SectionView;
import vn.bulletin.view.Views.SiteMapPage;
import vn.bulletin.view.Views.SiteMapSection;
import vn.bulletin.view.Views.SiteView;
import vn.bulletin.view.Views.StandalonePageView;

/** The plan stage: from parsed items to the list of every file the site will hold. */
public final class SitePlanner {
  /** How many "Tin nổi bật" the home page shows. */
  static final int FEATURED_COUNT = 5;

  static final Comparator<NewsItem> NEWEST_FIRST =
      Comparator.comparing((NewsItem i) -> i.date().toInstant())
          .reversed()
          .thenComparing(NewsItem::path);

  private final SiteConfig config;
  private final ViewFactory views;
  private final PlanCache cache;

  public SitePlanner(SiteConfig config) {
    this(config, new PlanCache());
  }

  /**
   * @param cache the views of the last plan, kept by a long-lived build session
   */
  public SitePlanner(SiteConfig config, PlanCache cache) {
    this.config = config;
    cache.startPlan();
    this.cache = cache;
    this.views = new ViewFactory(config, cache);
  }

  /**
   * What the plan starts from: parsed content, and the template assets to publish (a templates
   * folder's, or the built-in ones).
   *
   * @param photos the catalog's answer for a JPEG or PNG under {@code content/}, by its path there
   * @param reservedFolders site folders a later stage fills (the search index's {@code search/}),
   *     with what fills them: nothing planned may be put there
   */
  public record Input(
      List<NewsItem> items,
      List<StandalonePage> pages,
      List<Document> documents,
      List<StaticFile> contentFiles,
      List<FileSpec> assets,
      List<SitePlan.TextFile> builtInAssets,
      PublicationRules rules,
      Function<String, PhotoLookup> photos,
      Map<String, String> reservedFolders) {
    /** A site without documents, built-in assets or folders filled by a later stage. */
    public Input(
        List<NewsItem> items,
        List<StandalonePage> pages,
        List<StaticFile> contentFiles,
        List<FileSpec> assets,
        PublicationRules rules,
        Function<String, PhotoLookup> photos) {
      this(items, pages, List.of(), contentFiles, assets, List.of(), rules, photos, Map.of());
    }
  }

  public SitePlan plan(Input in) {
    List<NewsItem> published =
        newestFirst(in.items().stream().filter(in.rules()::isPublished).toList());
    // Pages in the site's language come first in menus, then the others (About us).
    List<StandalonePage> pages =
        in.pages().stream()
            .filter(p -> in.rules().drafts() || !p.draft())
            .sorted(
                Comparator.comparing((StandalonePage p) -> !p.lang().equals(config.language()))
                    .thenComparing(StandalonePage::path))
            .toList();
    List<Document> documents =
        in.documents().stream()
            .filter(d -> in.rules().drafts() || !d.draft())
            .sorted(DocumentPlanner.NEWEST_FIRST)
            .toList();
    ContentFilePlanner.Planned files =
        new ContentFilePlanner(config.photos(), in.photos()).plan(in, published, documents, pages);
    views.showPhotos(files.photos());
    Map<Category, List<NewsItem>> byCategory = byCategory(published);
    Map<String, List<NewsItem>> byTag = byTag(published);
    SiteView site =
        cache.site(views.site(List.copyOf(byCategory.keySet()), pages, !documents.isEmpty()));
    Map<NewsItem, ItemSummary> summaries = new IdentityHashMap<>();
    published.forEach(item -> summaries.put(item, views.summary(item)));

    OutputList out = new OutputList();
    in.reservedFolders().forEach(out::reserve);
    DocumentNumbers numbers = new DocumentNumbers(documents, published, out);
    out.add(home(site, published, byCategory, summaries, documents));
    byCategory.forEach((category, items) -> articles(site, items, summaries, numbers, out));
    byCategory.forEach(
        (category, items) ->
            lists(
                site,
                PageKind.CATEGORY,
                category.name(),
                category.description(),
                category.path(),
                category.path(),
                items,
                summaries,
                out));
    byTag.forEach(
        (slug, items) -> {
          Tag tag =
              items.get(0).tags().stream()
                  .filter(t -> t.slug().equals(slug))
                  .findFirst()
                  .orElseThrow();
          lists(
              site,
              PageKind.TAG,
              "Từ khóa: " + tag.name(),
              "",
              tag.path(),
              "",
              items,
              summaries,
              out);
        });
    pages.forEach(p -> out.add(standalone(site, p)));
    new DocumentPlanner(config, views).plan(site, documents, numbers, out);
    out.add(siteMap(site, byCategory, byTag, pages));
    out.add(search(site));
    out.add(notFound(site));
    new FeedPlanner(config, views, cache).plan(published, byCategory, documents, out);
    Map<java.nio.file.Path, String> projectPaths = new HashMap<>();
    in.contentFiles()
        .forEach(
            f -> projectPaths.put(f.file(), ContentLoader.CONTENT_DIR + "/" + f.contentPath()));
    files
        .files()
        .forEach(f -> out.addFile(f, projectPaths.getOrDefault(f.source(), f.source().toString())));
    files
        .photos()
        .forEach(
            photo ->
                photo
                    .variants()
                    .all()
                    .forEach(v -> out.addFile(new FileSpec(v.sitePath(), photo.source()))));
    new RedirectPlanner(config).plan(published, out);
    in.builtInAssets().forEach(out::addBuiltIn);
    return new SitePlan(
        out.pages(),
        files.files(),
        files.photos(),
        files.problems(),
        out.texts(),
        published,
        documents,
        nextScheduled(in),
        out.diagnostics());
  }

  // NEWEST_FIRST, with each item's instant worked out once rather than at every comparison.
  private static List<NewsItem> newestFirst(List<NewsItem> items) {
    record Keyed(long seconds, int nanos, NewsItem item) {}
    return items.stream()
        .map(i -> new Keyed(i.date().toEpochSecond(), i.date().getNano(), i))
        .sorted(
            Comparator.comparingLong(Keyed::seconds)
                .thenComparingInt(Keyed::nanos)
                .reversed()
                .thenComparing(k -> k.item().path()))
        .map(Keyed::item)
        .toList();
  }

  private Map<Category, List<NewsItem>> byCategory(List<NewsItem> published) {
    Map<Category, List<NewsItem>> groups = new LinkedHashMap<>();
    config.categories().forEach(c -> groups.put(c, new ArrayList<>()));
    Map<String, List<NewsItem>> extra = new TreeMap<>();
    Map<String, Category> extraCategory = new HashMap<>();
    for (NewsItem item : published) {
      List<NewsItem> known = groups.get(item.category());
      if (known != null) {
        known.add(item);
      } else {
        extra.computeIfAbsent(item.category().slug(), s -> new ArrayList<>()).add(item);
        extraCategory.putIfAbsent(item.category().slug(), item.category());
      }
    }
    extra.forEach((slug, items) -> groups.put(extraCategory.get(slug), items));
    return groups;
  }

  private static Map<String, List<NewsItem>> byTag(List<NewsItem> published) {
    Map<String, List<NewsItem>> groups = new TreeMap<>();
    for (NewsItem item : published) {
      List<Tag> tags = item.tags();
      for (int i = 0; i < tags.size(); i++) {
        String slug = tags.get(i).slug();
        if (!seenBefore(tags, i, slug)) {
          groups.computeIfAbsent(slug, s -> new ArrayList<>()).add(item);
        }
      }
    }
    return groups;
  }

  // Whether a tag before index i has this slug: an item is listed once per tag page.
  private static boolean seenBefore(List<Tag> tags, int i, String slug) {
    for (int j = 0; j < i; j++) {
      if (tags.get(j).slug().equals(slug)) {
        return true;
      }
    }
    return false;
  }

  private PageSpec home(
      SiteView site,
      List<NewsItem> published,
      Map<Category, List<NewsItem>> byCategory,
      Map<NewsItem, ItemSummary> summaries,
      List<Document> documents) {
    List<ItemSummary> featured =
        published.stream()
            .filter(NewsItem::featured)
            .limit(FEATURED_COUNT)
            .map(summaries::get)
            .toList();
    List<ItemSummary> latest =
        published.stream().limit(config.lists().homeLatestCount()).map(summaries::get).toList();
    List<SectionView> sections =
        byCategory.entrySet().stream()
            .filter(e -> !e.getValue().isEmpty())
            .map(
                e ->
                    new SectionView(
                        ViewFactory.link(e.getKey()),
                        e.getValue().stream()
                            .limit(config.lists().homeSectionCount())
                            .map(summaries::get)
                            .toList()))
            .toList();
    var meta =
        views.meta(MetaSpec.of(PageKind.HOME, config.name(), "").described(config.tagline()));
    return new PageSpec(
        "index.html",
        "home.ftlh",
        new HomePage(
            site,
            "./",
            meta,
            featured,
            latest,
            sections,
            new DocumentViewFactory(config, views)
                .summaries(documents.stream().limit(config.lists().homeSectionCount()).toList())),
        "");
  }

  private void articles(
      SiteView site,
      List<NewsItem> items,
      Map<NewsItem, ItemSummary> summaries,
      DocumentNumbers numbers,
      OutputList out) {
    int count = config.lists().otherNewsCount();
    for (int i = 0; i < items.size(); i++) {
      NewsItem item = items.get(i);
      List<NewsItem> shown = OtherNewsSelector.select(items, i, count);
      List<Document> cited = numbers.citedIn(item);
      List<Object> parts = new ArrayList<>(shown);
      parts.addAll(cited);
      out.add(
          cache.page(
              PlanCache.PageKey.of(parts, site, PageKind.ARTICLE, item, cited.size()),
              () -> article(site, item, shown, cited, summaries)));
    }
  }

  private PageSpec article(
      SiteView site,
      NewsItem item,
      List<NewsItem> shown,
      List<Document> cited,
      Map<NewsItem, ItemSummary> summaries) {
    List<ItemSummary> others = shown.stream().map(summaries::get).toList();
    var meta =
        views.meta(
            MetaSpec.of(PageKind.ARTICLE, item.title(), item.path())
                .described(item.summary())
                .under(ViewFactory.HOME, ViewFactory.link(item.category()))
                .withFeed(item.category().path() + "rss.xml")
                .inSection(item.category().path()));
    return new PageSpec(
        item.path() + "index.html",
        "article.ftlh",
        new ArticlePage(
            site,
            ViewFactory.rootFrom(item.path()),
            meta,
            views.article(item),
            others,
            new DocumentViewFactory(config, views).summaries(cited)),
        item.sourcePath());
  }

  private void lists(
      SiteView site,
      PageKind kind,
      String heading,
      String description,
      String base,
      String section,
      List<NewsItem> items,
      Map<NewsItem, ItemSummary> summaries,
      OutputList out) {
    List<List<NewsItem>> pages = Paginator.split(items, config.lists().pageSize());
    String feed = kind == PageKind.CATEGORY ? base + "rss.xml" : "";
    for (int n = 1; n <= pages.size(); n++) {
      int number = n;
      List<NewsItem> shown = pages.get(n - 1);
      out.add(
          cache.page(
              PlanCache.PageKey.of(
                  shown, site, kind, heading, description, base, section, n, pages.size()),
              () ->
                  listPage(
                      site,
                      kind,
                      heading,
                      description,
                      base,
                      section,
                      feed,
                      number,
                      pages.size(),
                      shown.stream().map(summaries::get).toList())));
    }
  }

  private PageSpec listPage(
      SiteView site,
      PageKind kind,
      String heading,
      String description,
      String base,
      String section,
      String feed,
      int n,
      int total,
      List<ItemSummary> shown) {
    String path = Paginator.pagePath(base, n);
    String title = n == 1 ? heading : heading + " – Trang " + n;
    var meta =
        views.meta(
            MetaSpec.of(kind, title, path)
                .described(description)
                .under(ViewFactory.HOME)
                .withFeed(feed)
                .inSection(section));
    return new PageSpec(
        path + "index.html",
        "list.ftlh",
        new ListPage(
            site,
            ViewFactory.rootFrom(path),
            meta,
            heading,
            description,
            shown,
            Paginator.pagination(base, n, total)),
        "");
  }

  private PageSpec standalone(SiteView site, StandalonePage page) {
    var meta =
        views.withLang(
            views.meta(
                MetaSpec.of(PageKind.PAGE, page.title(), page.path())
                    .described(page.summary())
                    .under(ViewFactory.HOME)),
            page.lang());
    return new PageSpec(
        page.path() + "index.html",
        "page.ftlh",
        new StandalonePageView(
            site, ViewFactory.rootFrom(page.path()), meta, page.title(), page.bodyHtml()),
        page.sourcePath());
  }

  private PageSpec siteMap(
      SiteView site,
      Map<Category, List<NewsItem>> byCategory,
      Map<String, List<NewsItem>> byTag,
      List<StandalonePage> pages) {
    List<SiteMapSection> sections =
        byCategory.entrySet().stream()
            .map(
                e ->
                    new SiteMapSection(
                        ViewFactory.link(e.getKey()),
                        e.getValue().size(),
                        e.getKey().path() + "rss.xml"))
            .toList();
    List<LinkView> tags = tagLinks(byTag);
    List<LinkView> pageLinks = pages.stream().map(p -> new LinkView(p.title(), p.path())).toList();
    var meta =
        views.meta(
            MetaSpec.of(PageKind.SITEMAP, "Sơ đồ trang", ViewFactory.SITEMAP_PAGE)
                .under(ViewFactory.HOME));
    return new PageSpec(
        ViewFactory.SITEMAP_PAGE + "index.html",
        "sitemap.ftlh",
        new SiteMapPage(site, "../", meta, sections, tags, pageLinks),
        "");
  }

  private static List<LinkView> tagLinks(Map<String, List<NewsItem>> byTag) {
    List<LinkView> links = new ArrayList<>();
    byTag.forEach(
        (slug, items) ->
            items.get(0).tags().stream()
                .filter(t -> t.slug().equals(slug))
                .findFirst()
                .ifPresent(t -> links.add(new LinkView(t.name(), t.path()))));
    return links;
  }

  private PageSpec search(SiteView site) {
    var meta =
        views.meta(
            MetaSpec.of(PageKind.SEARCH, "Tìm kiếm", ViewFactory.SEARCH_PAGE)
                .under(ViewFactory.HOME));
    return new PageSpec(
        ViewFactory.SEARCH_PAGE + "index.html",
        "search.ftlh",
        new SearchPage(site, ViewFactory.rootFrom(ViewFactory.SEARCH_PAGE), meta),
        "");
  }

  private PageSpec notFound(SiteView site) {
    var meta = views.meta(MetaSpec.of(PageKind.NOTFOUND, "Không tìm thấy trang", "404.html"));
    String basePath = config.baseUrl().getPath().isEmpty() ? "/" : config.baseUrl().getPath();
    return new PageSpec("404.html", "404.ftlh", new NotFoundPage(site, basePath, meta), "");
  }

  private static Optional<NewsItem> nextScheduled(Input in) {
    if (in.rules().future()) {
      return Optional.empty();
    }
    return in.items().stream()
        .filter(i -> in.rules().drafts() || !i.draft())
        .filter(in.rules()::isScheduled)
        .min(
            Comparator.comparing((NewsItem i) -> i.date().toInstant())
                .thenComparing(NewsItem::path));
  }
}
