package vn.bulletin.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.bulletin.config.SiteConfig;
import vn.bulletin.model.Category;
import vn.bulletin.model.Image;
import vn.bulletin.model.NewsItem;
import vn.bulletin.model.StandalonePage;
import vn.bulletin.model.VietnameseFormat;
import vn.bulletin.photo.Variant;
import vn.bulletin.photo.VariantSet;
import vn.bulletin.view.Views.ArticleView;
import vn.bulletin.view.Views.ContactView;
import vn.bulletin.view.Views.ExternalLink;
import vn.bulletin.view.Views.ImageSource;
import vn.bulletin.view.Views.ImageView;
import vn.bulletin.view.Views.ItemSummary;
import vn.bulletin.view.Views.LinkView;
import vn.bulletin.view.Views.PageMeta;
import vn.bulletin.view.Views.SiteView;

/** Builds the view records templates see from the model. */
final class ViewFactory {
  static final String SITEMAP_PAGE = "so-do-trang/";

  /** Where the header's search box leads. */
  static final String SEARCH_PAGE = "tim-kiem/";

  static final LinkView HOME = new LinkView("Trang chủ", "");

  private final SiteConfig config;
  private final VietnameseFormat format;
  private final PlanCache cache;
  private Map<String, VariantSet> photos = Map.of();

  ViewFactory(SiteConfig config, PlanCache cache) {
    this.config = config;
    this.format = new VietnameseFormat(config.timeZone());
    this.cache = cache;
  }

  /** The photos this plan publishes as copies: views name their copies rather than the original. */
  void showPhotos(List<PhotoSpec> specs) {
    Map<String, VariantSet> bySitePath = new HashMap<>();
    specs.forEach(spec -> bySitePath.put(spec.sitePath(), spec.variants()));
    this.photos = bySitePath;
  }

  VietnameseFormat format() {
    return format;
  }

  /**
   * @param documents whether the site has documents: then "Văn bản" follows the categories in the
   *     menu
   */
  SiteView site(List<Category> menu, List<StandalonePage> pages, boolean documents) {
    SiteConfig.Contact c = config.contact();
    List<LinkView> pageLinks =
        new java.util.ArrayList<>(
            pages.stream().map(p -> new LinkView(p.title(), p.path())).toList());
    pageLinks.add(new LinkView("Sơ đồ trang", SITEMAP_PAGE));
    List<LinkView> menuLinks =
        new java.util.ArrayList<>(menu.stream().map(ViewFactory::link).toList());
    if (documents) {
      menuLinks.add(DocumentViewFactory.SECTION_LINK);
    }
    return new SiteView(
        config.name(),
        config.tagline(),
        config.language(),
        List.copyOf(menuLinks),
        new ContactView(c.organisation(), c.address(), c.phone(), c.email(), c.licence()),
        config.links().stream().map(l -> new ExternalLink(l.name(), l.url().toString())).toList(),
        VietnameseFormat.number(config.counterInitialTotal()),
        config.counter().endpoint(),
        pageLinks);
  }

  ItemSummary summary(NewsItem item) {
    return cache.of(item, this::views).summary();
  }

  ArticleView article(NewsItem item) {
    return cache.of(item, this::views).article();
  }

  /** The item's date as feeds write it. */
  String rfc822(NewsItem item) {
    return cache.of(item, this::views).rfc822();
  }

  /** The item's date in ISO 8601, in the site's time zone. */
  String iso(NewsItem item) {
    return summary(item).isoDate();
  }

  private PlanCache.ItemViews views(NewsItem item) {
    return new PlanCache.ItemViews(newSummary(item), newArticle(item), format.rfc822(item.date()));
  }

  private ItemSummary newSummary(NewsItem item) {
    return new ItemSummary(
        item.title(),
        item.path(),
        format.dateLine(item.date()),
        format.dateShort(item.date()),
        format.iso(item.date()),
        item.summary(),
        link(item.category()),
        item.image().map(this::cover).orElse(null));
  }

  List<ItemSummary> summaries(List<NewsItem> items) {
    return items.stream().map(this::summary).toList();
  }

  private ArticleView newArticle(NewsItem item) {
    return new ArticleView(
        item.title(),
        format.dateLine(item.date()),
        format.iso(item.date()),
        item.summary(),
        item.body(),
        link(item.category()),
        item.tags().stream().map(t -> new LinkView(t.name(), t.path())).toList(),
        item.author(),
        item.source(),
        item.image().map(this::image).orElse(null),
        config.absoluteUrl(item.path()));
  }

  /** Page metadata; {@code crumbs} are the page's ancestors. */
  PageMeta meta(MetaSpec spec) {
    return new PageMeta(
        spec.kind().word(),
        spec.title(),
        spec.description(),
        config.absoluteUrl(spec.path()),
        spec.path(),
        config.language(),
        spec.crumbs(),
        spec.feedPath(),
        spec.section());
  }

  PageMeta withLang(PageMeta meta, String lang) {
    return new PageMeta(
        meta.kind(),
        meta.title(),
        meta.description(),
        meta.canonicalUrl(),
        meta.path(),
        lang,
        meta.breadcrumbs(),
        meta.feedPath(),
        meta.section());
  }

  /** The relative way from a page to the site root: "./", "../", "../../". */
  static String rootFrom(String pagePath) {
    int depth = (int) pagePath.chars().filter(c -> c == '/').count();
    return depth == 0 ? "./" : "../".repeat(depth);
  }

  static LinkView link(Category category) {
    return new LinkView(category.name(), category.path());
  }

  // Lists and "Tin nổi bật" show the cropped covers; the template knows how wide it shows them.
  private ImageView cover(Image image) {
    VariantSet variants = photos.get(image.path());
    return variants == null
        ? original(image)
        : view(image, variants.largestCover(), variants.covers(), "");
  }

  private ImageView image(Image image) {
    VariantSet variants = photos.get(image.path());
    return variants == null
        ? original(image)
        : view(image, variants.largest(), variants.resized(), config.photos().sizes());
  }

  private static ImageView view(Image image, Variant src, List<Variant> all, String sizes) {
    return new ImageView(
        src.sitePath(),
        image.alt(),
        src.width(),
        src.height(),
        all.stream().map(v -> new ImageSource(v.sitePath(), v.width())).toList(),
        sizes);
  }

  private static ImageView original(Image image) {
    return new ImageView(image.path(), image.alt(), image.width(), image.height(), List.of(), "");
  }
}
