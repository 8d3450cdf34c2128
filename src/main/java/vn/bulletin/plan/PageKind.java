package vn.bulletin.plan;

import java.util.Locale;

/**
 * What a page is, as the plan decides it. Templates read it as a word ({@code pg.kind == "home"},
 * {@code <body class="kind-article">}): {@link #word} is that word, part of the templates'
 * contract.
 */
enum PageKind {
  HOME,
  ARTICLE,
  CATEGORY,
  TAG,
  PAGE,
  SITEMAP,
  SEARCH,
  NOTFOUND,
  DOCUMENT,
  DOCUMENTS;

  /** The word templates compare and print: the name in lower case. */
  String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
