package vn.bulletin.plan;

import java.util.ArrayList;
import java.util.List;
import vn.bulletin.view.Views.PageLink;
import vn.bulletin.view.Views.Pagination;

/** Splits a list into pages: the first at {@code base}, the others at {@code base/trang/N/}. */
final class Paginator {
  static final String PAGE_SEGMENT = "trang";

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

  static Pagination pagination(String base, int current, int total) {
    List<PageLink> links = new ArrayList<>();
    for (int n = 1; n <= total; n++) {
      links.add(new PageLink(n, pagePath(base, n), n == current));
    }
    String prev = current > 1 ? pagePath(base, current - 1) : "";
    String next = current < total ? pagePath(base, current + 1) : "";
    return new Pagination(current, total, prev, next, links);
  }
}
