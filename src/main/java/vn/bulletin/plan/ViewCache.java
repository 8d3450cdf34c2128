package vn.bulletin.plan;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;
import vn.bulletin.model.NewsItem;

/**
 * The views of each item a plan made, kept for the next plan of a long-lived build session
 * ({@code serve --watch}): an item the store kept (the same instance) gets the same view records,
 * without formatting its dates again, and the render stage recognises them by identity, so their
 * digests are not computed again either. What a plan did not use is dropped at the next one.
 * Plans use a cache one at a time, from one thread.
 */
public final class ViewCache {
  /** What the plan shows of an item in lists, on its page and in feeds. */
  record ItemViews(vn.bulletin.view.Views.ItemSummary summary, vn.bulletin.view.Views.ArticleView article,
      String rfc822) {}

  private Map<NewsItem, ItemViews> previous = new IdentityHashMap<>();
  private Map<NewsItem, ItemViews> current = new IdentityHashMap<>();

  /** Starts a plan: what the last one used is what this one may find. */
  void startPlan() {
    previous = current;
    current = new IdentityHashMap<>();
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
