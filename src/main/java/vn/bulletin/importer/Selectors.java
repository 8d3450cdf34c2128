package vn.bulletin.importer;

/**
 * Where a portal's article page keeps its parts, as CSS selectors; an empty one means "find it by
 * structure".
 *
 * @param remove what to drop from the body before converting it (share buttons, related links)
 */
record Selectors(
    String title, String date, String lead, String body, String category, String remove) {
  static final Selectors NONE = new Selectors("", "", "", "", "", "");

  /**
   * NukeViet's news module (themes/default/modules/news/detail.tpl and the layout's breadcrumbs).
   */
  static final Selectors NUKEVIET =
      new Selectors(
          ".news_column [itemprop=headline], .news_column h1.title",
          ".news_column [itemprop=datePublished], .news_column .panel-body > .row .h5",
          ".news_column .hometext",
          "#news-bodyhtml, .news_column .bodytext",
          ".breadcrumbs-wrap .temp-breadcrumbs a, .breadcrumbs a",
          "script, style, iframe, form, .news_column .list-inline");

  /** These selectors, with each empty one taken from {@code fallback}. */
  Selectors over(Selectors fallback) {
    return new Selectors(
        or(title, fallback.title),
        or(date, fallback.date),
        or(lead, fallback.lead),
        or(body, fallback.body),
        or(category, fallback.category),
        remove.isEmpty()
            ? fallback.remove
            : fallback.remove.isEmpty() ? remove : fallback.remove + ", " + remove);
  }

  private static String or(String mine, String other) {
    return mine.isEmpty() ? other : mine;
  }
}
