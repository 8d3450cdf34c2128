package vn.bulletin.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Takes an article's parts from a page: by the selectors where the preset or {@code bulletin.yaml}
 * gives one that matches, by structure otherwise.
 */
final class ArticleExtractor {
  private final Selectors selectors;
  private final StructureFinder structure;
  private final VietnameseDateParser dates;

  ArticleExtractor(Selectors selectors, VietnameseDateParser dates) {
    this.selectors = selectors;
    this.dates = dates;
    this.structure = new StructureFinder(dates);
  }

  /** The article, or nothing when the page has no heading or no body (a list, a home page). */
  Optional<RawArticle> extract(Document doc) {
    String title =
        first(doc, selectors.title()).map(Element::text).orElseGet(() -> structure.title(doc));
    // A body selector that matches nothing means a page of another kind (a list), not a page to
    // guess at.
    Optional<Element> found =
        selectors.body().isEmpty() ? structure.body(doc) : first(doc, selectors.body());
    if (title.isBlank() || found.isEmpty() || found.get().text().isBlank()) {
      return Optional.empty();
    }
    Element body = found.get().clone();
    if (!selectors.remove().isEmpty()) {
      body.select(selectors.remove()).remove();
    }
    String lead =
        first(doc, selectors.lead()).map(Element::text).orElseGet(() -> structure.lead(doc, body));
    List<String> crumbs =
        selectors.category().isEmpty()
            ? structure.breadcrumb(doc)
            : doc.select(selectors.category()).eachText();
    Bylines.Found byline = new Bylines().find(doc, body);
    List<Element> attachments = new ArrayList<>(doc.select(".news-download-file a[href]"));
    cover(doc).ifPresent(c -> body.prependChild(c));
    return Optional.of(
        new RawArticle(
            title.strip(),
            dateText(doc),
            lead.strip(),
            body,
            crumbs,
            byline.author(),
            byline.source(),
            attachments));
  }

  private String dateText(Document doc) {
    for (Element e :
        selectors.date().isEmpty() ? List.<Element>of() : doc.select(selectors.date())) {
      String value =
          e.hasAttr("content")
              ? e.attr("content")
              : e.hasAttr("datetime") ? e.attr("datetime") : e.text();
      if (dates.parse(value).isPresent()) {
        return value;
      }
    }
    return structure.dateText(doc);
  }

  // NukeViet shows the item's own photo above the body, with its note as the caption.
  private static Optional<Element> cover(Document doc) {
    return Optional.ofNullable(doc.selectFirst(".news_column figure.article:not([onclick])"))
        .or(() -> Optional.ofNullable(doc.selectFirst(".news_column figure.article")))
        .filter(f -> f.selectFirst("img[src]") != null)
        .map(Element::clone);
  }

  private static Optional<Element> first(Document doc, String css) {
    return css.isEmpty()
        ? Optional.empty()
        : doc.select(css).stream()
            .filter(e -> !e.text().isBlank() || e.is("[content], [datetime]"))
            .findFirst();
  }
}
