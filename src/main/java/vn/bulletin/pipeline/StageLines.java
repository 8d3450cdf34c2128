package vn.bulletin.pipeline;

import vn.bulletin.content.LoadedContent;
import vn.bulletin.parse.ParseStage;
import vn.bulletin.parse.ParsedContent;
import vn.bulletin.plan.SitePlan;
import vn.bulletin.search.SearchExport;

/** What {@code --verbose} says after each stage: how much of the site it read, made or kept. */
final class StageLines {
  private StageLines() {}

  static String load(LoadedContent content) {
    return "load: "
        + content.items().size()
        + " items, "
        + content.pages().size()
        + " pages"
        + documents(content.documents().size())
        + " read, "
        + content.unread().size()
        + " unread (unchanged), "
        + content.files().size()
        + " other files";
  }

  static String parse(ParsedContent parsed, ParseStage stage) {
    return "parse: "
        + parsed.items().size()
        + " items, "
        + parsed.pages().size()
        + " pages"
        + documents(parsed.documents().size())
        + " ("
        + stage.parsed()
        + " parsed, "
        + stage.fromCache()
        + " from the cache)";
  }

  static String plan(SitePlan plan) {
    return "plan: "
        + plan.published().size()
        + " items published, "
        + plan.pages().size()
        + " pages, "
        + plan.files().size()
        + " files to copy, "
        + plan.photos().size()
        + " photos";
  }

  static String render(RenderStage.Outcome outcome, SitePlan plan) {
    return "render: "
        + outcome.rendered().size()
        + " of "
        + plan.pages().size()
        + " pages rendered, "
        + outcome.files()
        + " files";
  }

  static String index(SearchExport export, SitePlan plan) {
    return "index: "
        + export.analysed()
        + " of "
        + (plan.published().size() + plan.documents().size())
        + " items analysed, "
        + export.recordsRead()
        + " term records read, "
        + export.files().size()
        + " search files ("
        + export.unchangedCount()
        + " kept"
        + (export.full() ? ", full export" : "")
        + ")";
  }

  // Named only on a site that has documents.
  private static String documents(int count) {
    return count == 0 ? "" : ", " + count + " documents";
  }
}
