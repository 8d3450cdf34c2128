package vn.bulletin.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import vn.bulletin.config.SiteConfig;
import vn.bulletin.content.SourceFile;
import vn.bulletin.diagnostic.Diagnostic;
import vn.bulletin.model.StandalonePage;
import vn.bulletin.plan.SitePlan;

/** What the build says about photos, at the line of each item and page that shows them. */
final class PhotoNotes {
  private final Function<String, Optional<SourceFile>> sources;
  private final boolean drafts;

  /**
   * @param sources the Markdown files by project path, to point at the line showing a photo
   */
  PhotoNotes(Function<String, Optional<SourceFile>> sources, boolean drafts) {
    this.sources = sources;
    this.drafts = drafts;
  }

  /**
   * An error (or with {@code warn} a warning) for each photo in {@code notes}, by its site path.
   */
  List<Diagnostic> report(
      List<StandalonePage> pages, SitePlan plan, Map<String, String> notes, boolean warn) {
    List<Diagnostic> found = new ArrayList<>();
    if (notes.isEmpty()) {
      return found;
    }
    LinkChecker checker = new LinkChecker(Set.of(), sources);
    plan.published()
        .forEach(
            item ->
                found.addAll(
                    checker.checkPhotos(item.sourcePath(), item.internalLinks(), notes, warn)));
    pages.stream()
        .filter(p -> drafts || !p.draft())
        .forEach(
            page ->
                found.addAll(
                    checker.checkPhotos(page.sourcePath(), page.internalLinks(), notes, warn)));
    return found;
  }

  /** The photos narrower than an article's column, which a wide screen shows blurred. */
  static Map<String, String> narrow(SiteConfig config, SitePlan plan) {
    int column = config.photos().columnWidth();
    Map<String, String> narrow = new TreeMap<>();
    plan.photos().stream()
        .filter(p -> p.record().header().uprightWidth() < column)
        .forEach(
            p ->
                narrow.put(
                    p.sitePath(),
                    "is "
                        + p.record().header().uprightWidth()
                        + " px wide, narrower than the page's "
                        + column
                        + " px column: it will look blurred"));
    return narrow;
  }
}
