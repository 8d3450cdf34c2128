package vn.bulletin.search;

/** The lead as a result shows it. */
final class Snippet {
  /** Leads longer than this are cut at a word: the snippet, not the article. */
  static final int LENGTH = 240;

  private Snippet() {}

  static String of(String lead) {
    if (lead.length() <= LENGTH) {
      return lead;
    }
    int cut = lead.lastIndexOf(' ', LENGTH);
    return lead.substring(0, cut > 0 ? cut : LENGTH).stripTrailing() + "…";
  }
}
