package vn.bulletin.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.bulletin.config.SiteConfig;
import vn.bulletin.model.Category;
import vn.bulletin.model.Document;
import vn.bulletin.model.NewsItem;
import vn.bulletin.view.Views.RssFeed;
import vn.bulletin.view.Views.RssItem;
import vn.bulletin.view.Views.SitemapUrl;
import vn.bulletin.view.Views.SitemapXml;

/** Plans the machine-read files: RSS feeds, sitemap.xml and robots.txt. */
final class FeedPlanner {
  private final SiteConfig config;
  private final ViewFactory views;
  private final PlanCache cache;

  FeedPlanner(SiteConfig config, ViewFactory views, PlanCache cache) {
    this.config = config;
    this.views = views;
    this.cache = cache;
  }

  void plan(
      List<NewsItem> published,
      Map<Category, List<NewsItem>> byCategory,
      List<Document> documents,
      OutputList out) {
    out.add(
        new PageSpec(
            "rss.xml", "rss.ftlx", feed(config.name(), "", config.tagline(), published), ""));
    byCategory.forEach(
        (category, items) ->
            out.add(
                new PageSpec(
                    category.path() + "rss.xml",
                    "rss.ftlx",
                    feed(
                        category.name() + " – " + config.name(),
                        category.path(),
                        category.description(),
                        items),
                    "")));
    out.add(
        new PageSpec(
            "sitemap.xml", "sitemap.ftlx", sitemap(published, byCategory, documents, out), ""));
    out.add(
        new SitePlan.TextFile(
            "robots.txt",
            "User-agent: *\nAllow: /\n\nSitemap: " + config.absoluteUrl("sitemap.xml") + "\n"));
  }

  private RssFeed feed(String title, String path, String description, List<NewsItem> items) {
    List<RssItem> entries =
        items.stream()
            .limit(config.lists().pageSize())
            .map(
                item ->
                    new RssItem(
                        item.title(),
                        config.absoluteUrl(item.path()),
                        config.absoluteUrl(item.path()),
                        asHtml(item.summary()),
                        views.rfc822(item),
                        item.category().name()))
            .toList();
    return new RssFeed(
        title,
        config.absoluteUrl(path),
        description.isEmpty() ? title : description,
        config.language(),
        config.absoluteUrl(path + "rss.xml"),
        entries);
  }

  // Readers take an RSS description as HTML, so the summary's text is escaped as HTML here and as
  // XML
  // by the template: "<svg onload=...>" in a summary must reach a reader as text, not markup.
  static String asHtml(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  // Every HTML page but 404 and the search page (noindex: its content is the visitor's query), with
  // the
  // date of the newest item it shows where there is one.
  private SitemapXml sitemap(
      List<NewsItem> published,
      Map<Category, List<NewsItem>> byCategory,
      List<Document> documents,
      OutputList out) {
    Map<String, String> dates = new HashMap<>();
    published.forEach(item -> dates.put(item.path(), views.iso(item)));
    documents.forEach(d -> dates.put(d.path(), d.issued().toString()));
    byCategory.forEach(
        (category, items) -> {
          if (!items.isEmpty()) {
            dates.put(category.path(), views.iso(items.get(0)));
          }
        });
    if (!published.isEmpty()) {
      dates.put("", views.iso(published.get(0)));
    }
    List<SitemapUrl> urls = new ArrayList<>();
    for (PageSpec page : out.pages()) {
      if (page.path().endsWith("index.html")
          && !page.path().equals(ViewFactory.SEARCH_PAGE + "index.html")) {
        String path = page.path().substring(0, page.path().length() - "index.html".length());
        urls.add(new SitemapUrl(config.absoluteUrl(path), dates.getOrDefault(path, "")));
      }
    }
    urls.sort(Comparator.comparing(SitemapUrl::loc));
    return cache.sitemap(new SitemapXml(urls));
  }
}
