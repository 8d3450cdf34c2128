package vn.bulletin.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import vn.bulletin.content.SourceFile;
import vn.bulletin.diagnostic.Diagnostic;
import vn.bulletin.model.LinkTarget;
import vn.bulletin.model.StandalonePage;
import vn.bulletin.plan.SitePlan;

/** Checks that every internal link and photo of a body leads to a file the site will hold. */
final class LinkChecker {
  private final Set<String> outputs;
  private final Function<String, Optional<SourceFile>> sources;

  /**
   * @param outputs every file path of the site
   * @param sources the Markdown files by project path, to point at the line of a broken link
   */
  LinkChecker(Set<String> outputs, Function<String, Optional<SourceFile>> sources) {
    this.outputs = outputs;
    this.sources = sources;
  }

  /**
   * A checker against every path the plan publishes: pages, files, the photos (a bad one counts as
   * there, since it is reported as bad, not as missing) and small texts.
   */
  static LinkChecker of(SitePlan plan, Function<String, Optional<SourceFile>> sources) {
    Set<String> outputs = new HashSet<>();
    plan.pages().forEach(p -> outputs.add(p.path()));
    plan.files().forEach(f -> outputs.add(f.path()));
    plan.photos().forEach(p -> outputs.add(p.sitePath()));
    outputs.addAll(plan.photoProblems().keySet());
    plan.texts().forEach(t -> outputs.add(t.path()));
    return new LinkChecker(outputs, sources);
  }

  /**
   * The broken links of every published item, document and page (drafts too when they are built).
   */
  List<Diagnostic> checkAll(SitePlan plan, List<StandalonePage> pages, boolean drafts) {
    List<Diagnostic> problems = new ArrayList<>();
    plan.published()
        .forEach(item -> problems.addAll(check(item.sourcePath(), item.internalLinks())));
    plan.documents().forEach(d -> problems.addAll(check(d.sourcePath(), d.internalLinks())));
    pages.stream()
        .filter(p -> drafts || !p.draft())
        .forEach(page -> problems.addAll(check(page.sourcePath(), page.internalLinks())));
    return problems;
  }

  List<Diagnostic> check(String sourcePath, List<LinkTarget> links) {
    List<Diagnostic> problems = new ArrayList<>();
    for (LinkTarget link : links) {
      if (!link.leavesSite() && exists(link.sitePath())) {
        continue;
      }
      String message =
          link.leavesSite()
              ? "link \"" + link.written() + "\" leads outside the site"
              : link.isImage()
                  ? "photo \"" + link.written() + "\" not found"
                  : "link \"" + link.written() + "\" leads to no page of the site";
      String hint =
          link.isImage()
              ? "put the photo beside the item or under content/, and check the name's case"
              : "check the address; internal links look like /tin-tuc-su-kien/ten-bai/";
      problems.add(
          locate(sourcePath, link.written(), Diagnostic.error(sourcePath, message).withHint(hint)));
    }
    return problems;
  }

  /**
   * An error at each photo of a body (or its cover) that cannot be published, or with {@code warn}
   * a warning: {@code notes} says what about it, by the photo's site path.
   */
  List<Diagnostic> checkPhotos(
      String sourcePath, List<LinkTarget> links, Map<String, String> notes, boolean warn) {
    List<Diagnostic> found = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    for (LinkTarget link : links) {
      String note = link.isImage() ? notes.get(link.sitePath()) : null;
      if (note == null || !seen.add(link.sitePath())) {
        continue;
      }
      Diagnostic d =
          warn
              ? Diagnostic.warning(sourcePath, "photo \"" + link.written() + "\" " + note)
                  .withHint("a photo at least as wide as the column looks sharp on every screen")
              : Diagnostic.error(sourcePath, "photo \"" + link.written() + "\" " + note)
                  .withHint(
                      "save it again as a JPEG or PNG from a photo editor, or use another photo");
      found.add(locate(sourcePath, link.written(), d));
    }
    return found;
  }

  private boolean exists(String sitePath) {
    if (sitePath.isEmpty() || sitePath.endsWith("/")) {
      return outputs.contains(sitePath + "index.html");
    }
    return outputs.contains(sitePath) || outputs.contains(sitePath + "/index.html");
  }

  // The editor's file has the URL as written; point at its first occurrence after the front
  // matter's start.
  private Diagnostic locate(String sourcePath, String written, Diagnostic d) {
    Optional<SourceFile> source = sources.apply(sourcePath);
    if (source.isEmpty()) {
      return d;
    }
    List<String> lines = source.get().lines();
    for (int i = 0; i < lines.size(); i++) {
      int column = lines.get(i).indexOf(written);
      if (column >= 0) {
        return d.at(i + 1, column + 1, Math.max(1, written.length()), lines.get(i));
      }
    }
    return d;
  }
}
