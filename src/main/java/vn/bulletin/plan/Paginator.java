package vn.bulletin.plan;

import java.util.ArrayList;
import java.util.List;
import vn.bulletin.view.Views.PageLink;
import vn.bulletin.view.Views.Pagination;

/** Splits a list into pages: the first at {@code base}, the others at {@code base/trang/N/}. */
final class Paginator {
  static final String PAGE_SEGMENT = "trang";

  /** How many pages on each side of the current one are linked. */
  static final int NEIGHBOURS = 2;

  private static final PageLink GAP = new PageLink(0, "", false);

  private Paginator() {}

  static <T> List<List<T>> split(List<T> items, int pageSize) {
    List<List<T>> pages = new ArrayList<>();
    for (int start = 0; start < items.size(); start += pageSize) {
      pages.add(items.subList(start, Math.min(items.size(), start + pageSize)));
    }
    if (pages.isEmpty()) {
      pages.add(List.of());
    }
    return pages;
  }

  static String pagePath(String base, int number) {
    return number == 1 ? base : base + PAGE_SEGMENT + "/" + number + "/";
  }

  /**
   * Links to the first and last pages and to the two on each side of the current one, with a gap
   * (number 0) where pages are left out: a list of thousands of pages stays a short line, and its
   * pages do not each carry a link to every other (which grew as the square of the list).
   */
  static Pagination pagination(String base, int current, int total) {
    List<PageLink> links = new ArrayList<>();
    int from = Math.max(1, current - NEIGHBOURS);
    int to = Math.min(total, current + NEIGHBOURS);
    // A gap stands for two pages or more; a single page left out is linked instead.
    from = from == 3 ? 2 : from;
    to = to == total - 2 ? total - 1 : to;
    if (from > 1) {
      links.add(new PageLink(1, pagePath(base, 1), false));
      if (from > 2) {
        links.add(GAP);
      }
    }
    for (int n = from; n <= to; n++) {
      links.add(new PageLink(n, pagePath(base, n), n == current));
    }
    if (to < total) {
      if (to < total - 1) {
        links.add(GAP);
      }
      links.add(new PageLink(total, pagePath(base, total), false));
    }
    String prev = current > 1 ? pagePath(base, current - 1) : "";
    String next = current < total ? pagePath(base, current + 1) : "";
    return new Pagination(current, total, prev, next, links);
  }
}
