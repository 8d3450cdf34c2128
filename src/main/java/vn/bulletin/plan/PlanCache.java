package vn.bulletin.plan;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import vn.bulletin.model.NewsItem;

/**
 * What a plan made, kept for the next plan of a long-lived build session ({@code serve --watch}):
 * the views of each item, and each article and list page by what it shows. An item the store kept
 * (the same instance) gets the same view records, without formatting its dates again; a page that
 * shows the same items (the same instances) in the same site frame is the same page spec. The
 * render stage recognises both by identity, so their digests are not computed again either: a save
 * costs the pages that show what it changed. What a plan did not use is dropped at the next one.
 * Plans use a cache one at a time, from one thread.
 */
public final class PlanCache {
  /** What the plan shows of an item in lists, on its page and in feeds. */
  record ItemViews(
      vn.bulletin.view.Views.ItemSummary summary,
      vn.bulletin.view.Views.ArticleView article,
      String rfc822) {}

  private Map<NewsItem, ItemViews> previous = new IdentityHashMap<>();
  private Map<NewsItem, ItemViews> current = new IdentityHashMap<>();
  private Map<PageKey, PageSpec> previousPages = new HashMap<>();
  private Map<PageKey, PageSpec> currentPages = new HashMap<>();
  private vn.bulletin.view.Views.SiteView site;
  private vn.bulletin.view.Views.SitemapXml sitemap;

  /** Starts a plan: what the last one used is what this one may find. */
  void startPlan() {
    previous = current;
    current = new IdentityHashMap<>();
    previousPages = currentPages;
    currentPages = new HashMap<>();
  }

  /** The site frame the last plan used when it equals this one, so pages keyed by it are found. */
  vn.bulletin.view.Views.SiteView site(vn.bulletin.view.Views.SiteView made) {
    if (!made.equals(site)) {
      site = made;
    }
    return site;
  }

  /**
   * The sitemap the last plan made when it equals this one: its thousands of entries are then not
   * hashed again by the render stage.
   */
  vn.bulletin.view.Views.SitemapXml sitemap(vn.bulletin.view.Views.SitemapXml made) {
    if (!made.equals(sitemap)) {
      sitemap = made;
    }
    return sitemap;
  }

  /** The page the last plan made from the same parts, or a new one. */
  PageSpec page(PageKey key, Supplier<PageSpec> make) {
    PageSpec page = currentPages.get(key);
    if (page == null) {
      page = previousPages.get(key);
      if (page == null) {
        page = make.get();
      }
      currentPages.put(key, page);
    }
    return page;
  }

  /**
   * What a page is made from: items and view records by identity (what the store kept is the same
   * instance), texts and numbers by value.
   */
  static final class PageKey {
    private final Object[] parts;
    private final int hash;

    PageKey(Object... parts) {
      this.parts = parts;
      int h = 1;
      for (Object part : parts) {
        h = 31 * h + (byValue(part) ? part.hashCode() : System.identityHashCode(part));
      }
      this.hash = h;
    }

    /** A key of these parts followed by every element of {@code items}. */
    static PageKey of(List<?> items, Object... parts) {
      Object[] all = java.util.Arrays.copyOf(parts, parts.length + items.size());
      for (int i = 0; i < items.size(); i++) {
        all[parts.length + i] = items.get(i);
      }
      return new PageKey(all);
    }

    private static boolean byValue(Object part) {
      return part instanceof String || part instanceof Integer || part instanceof Boolean;
    }

    @Override
    public boolean equals(Object other) {
      if (!(other instanceof PageKey key) || key.hash != hash || key.parts.length != parts.length) {
        return false;
      }
      for (int i = 0; i < parts.length; i++) {
        Object a = parts[i];
        Object b = key.parts[i];
        if (a != b && !(byValue(a) && a.equals(b))) {
          return false;
        }
      }
      return true;
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  ItemViews of(NewsItem item, Function<NewsItem, ItemViews> make) {
    ItemViews views = current.get(item);
    if (views == null) {
      views = previous.get(item);
      if (views == null) {
        views = make.apply(item);
      }
      current.put(item, views);
    }
    return views;
  }
}
