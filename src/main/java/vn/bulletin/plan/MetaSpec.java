package vn.bulletin.plan;

import java.util.List;
import vn.bulletin.view.Views.LinkView;

/**
 * What the plan says of a page for its head and its frame, by name: {@link #of} the kind, title and
 * path every page has, then what some have (a description, breadcrumbs, a feed, the menu section it
 * belongs to). {@link ViewFactory#meta} makes the view from it.
 */
record MetaSpec(
    PageKind kind,
    String title,
    String path,
    String description,
    List<LinkView> crumbs,
    String feedPath,
    String section) {

  /** A page with no description, breadcrumbs, feed or section. */
  static MetaSpec of(PageKind kind, String title, String path) {
    return new MetaSpec(kind, title, path, "", List.of(), "", "");
  }

  MetaSpec described(String text) {
    return new MetaSpec(kind, title, path, text, crumbs, feedPath, section);
  }

  MetaSpec under(LinkView... links) {
    return under(List.of(links));
  }

  MetaSpec under(List<LinkView> links) {
    return new MetaSpec(kind, title, path, description, List.copyOf(links), feedPath, section);
  }

  MetaSpec withFeed(String feed) {
    return new MetaSpec(kind, title, path, description, crumbs, feed, section);
  }

  MetaSpec inSection(String sectionPath) {
    return new MetaSpec(kind, title, path, description, crumbs, feedPath, sectionPath);
  }
}
