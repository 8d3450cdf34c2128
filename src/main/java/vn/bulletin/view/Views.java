package vn.bulletin.view;

import java.util.List;
import vn.bulletin.model.HtmlBody;

/**
 * The records handed to templates. Paths are site-relative without a leading slash; templates write
 * {@code ${root}${x.path}}. Strings are never null (empty when absent); only {@code image} may be.
 */
public final class Views {
  private Views() {}

  /** A link in a menu or breadcrumb. */
  public record LinkView(String name, String path) {}

  /** An external link, such as "Liên kết website". */
  public record ExternalLink(String name, String url) {}

  public record ContactView(
      String organisation, String address, String phone, String email, String licence) {}

  /** What every page shows in its header and footer. */
  public record SiteView(
      String name,
      String tagline,
      String language,
      List<LinkView> menu,
      ContactView contact,
      List<ExternalLink> links,
      String counterTotal,
      String counterEndpoint,
      List<LinkView> pages) {}

  /** About the page itself: title, canonical URL, breadcrumbs. */
  public record PageMeta(
      String kind,
      String title,
      String description,
      String canonicalUrl,
      String path,
      String lang,
      List<LinkView> breadcrumbs,
      String feedPath,
      String section) {}

  /**
   * A photo: {@code path} and its size name the copy for browsers without {@code srcset}; {@code
   * srcset} lists every copy (empty for a photo published as it is, such as an SVG), {@code sizes}
   * how wide the page shows it. Width and height are 0 when unknown.
   */
  public record ImageView(
      String path, String alt, int width, int height, List<ImageSource> srcset, String sizes) {
    public ImageView {
      srcset = List.copyOf(srcset);
    }
  }

  /** One copy of a photo in a {@code srcset}. */
  public record ImageSource(String path, int width) {}

  /** An item in a list. */
  public record ItemSummary(
      String title,
      String path,
      String dateLine,
      String dateShort,
      String isoDate,
      String summary,
      LinkView category,
      ImageView image) {}

  /** An article; templates see {@code bodyHtml} as its HTML text. */
  public record ArticleView(
      String title,
      String dateLine,
      String isoDate,
      String summary,
      HtmlBody bodyHtml,
      LinkView category,
      List<LinkView> tags,
      String author,
      String source,
      ImageView image,
      String url) {}

  /**
   * A link in a list's pagination; number 0 (and no path) stands for pages left out between links.
   */
  public record PageLink(int number, String path, boolean current) {}

  public record Pagination(
      int current, int total, String prevPath, String nextPath, List<PageLink> pages) {}

  public record SectionView(LinkView category, List<ItemSummary> items) {}

  public record SiteMapSection(LinkView category, int count, String feedPath) {}

  // The roots of the templates, one a page kind.

  /**
   * @param documents "Văn bản mới": the latest documents
   */
  public record HomePage(
      SiteView site,
      String root,
      PageMeta page,
      List<ItemSummary> featured,
      List<ItemSummary> latest,
      List<SectionView> sections,
      List<DocumentViews.DocumentSummary> documents) {}

  /**
   * @param documents the documents (văn bản) the item cites
   */
  public record ArticlePage(
      SiteView site,
      String root,
      PageMeta page,
      ArticleView item,
      List<ItemSummary> otherNews,
      List<DocumentViews.DocumentSummary> documents) {}

  public record ListPage(
      SiteView site,
      String root,
      PageMeta page,
      String heading,
      String description,
      List<ItemSummary> items,
      Pagination pagination) {}

  public record StandalonePageView(
      SiteView site, String root, PageMeta page, String title, String bodyHtml) {}

  public record SiteMapPage(
      SiteView site,
      String root,
      PageMeta page,
      List<SiteMapSection> sections,
      List<LinkView> tags,
      List<LinkView> pages) {}

  public record NotFoundPage(SiteView site, String root, PageMeta page) {}

  /** The search page; its script reads the static index at {@code ${root}search/}. */
  public record SearchPage(SiteView site, String root, PageMeta page) {}

  public record RssItem(
      String title,
      String link,
      String guid,
      String description,
      String pubDate,
      String category) {}

  public record RssFeed(
      String title,
      String link,
      String description,
      String language,
      String selfUrl,
      List<RssItem> items) {}

  public record SitemapUrl(String loc, String lastmod) {}

  public record SitemapXml(List<SitemapUrl> urls) {}
}
