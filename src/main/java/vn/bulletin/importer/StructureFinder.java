package vn.bulletin.importer;

import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Finds an article's parts by structure, for pages with no markup the presets know: the main
 * heading, the date printed near it, and the block holding the most paragraph text.
 */
final class StructureFinder {
  private static final String TEXT_BLOCKS =
      "p, h2, h3, h4, h5, h6, blockquote, ul, ol, figure, pre";

  /** How many elements after the heading may hold its date. */
  private static final int DATE_REACH = 40;

  private final VietnameseDateParser dates;

  StructureFinder(VietnameseDateParser dates) {
    this.dates = dates;
  }

  Optional<Element> heading(Document doc) {
    Element best = null;
    for (Element h1 : doc.select("h1")) {
      if (h1.closest("header, nav, footer") == null
          && !h1.text().isBlank()
          && (best == null || h1.text().length() > best.text().length())) {
        best = h1;
      }
    }
    return Optional.ofNullable(best)
        .or(
            () ->
                doc.select("h2").stream()
                    .filter(
                        h ->
                            h.closest("header, nav, footer, aside") == null
                                && h.text().length() >= 20)
                    .findFirst());
  }

  String title(Document doc) {
    return heading(doc)
        .map(Element::text)
        .or(
            () ->
                Optional.ofNullable(doc.selectFirst("meta[property=og:title]"))
                    .map(m -> m.attr("content")))
        .orElse(doc.title().replaceFirst("\\s+[-|–]\\s+[^-|–]*$", ""))
        .strip();
  }

  /** The machine-read time, else the first element near the heading whose own text holds a date. */
  String dateText(Document doc) {
    Element meta =
        doc.selectFirst(
            "meta[property=article:published_time], meta[itemprop=datePublished], "
                + "[itemprop=datePublished], time[datetime]");
    if (meta != null) {
      String value =
          meta.hasAttr("content")
              ? meta.attr("content")
              : meta.hasAttr("datetime") ? meta.attr("datetime") : meta.text();
      if (dates.parse(value).isPresent()) {
        return value;
      }
    }
    Elements all = doc.getAllElements();
    int start = heading(doc).map(all::indexOf).orElse(0);
    for (int i = start; i < all.size() && i < start + DATE_REACH; i++) {
      String own = all.get(i).ownText();
      if (dates.parse(own).isPresent()) {
        return own;
      }
    }
    return dates.parse(doc.text()).isPresent() ? doc.text() : "";
  }

  /** The element whose own paragraphs hold the most text that is not links. */
  Optional<Element> body(Document doc) {
    Element best = null;
    int bestScore = 0;
    for (Element candidate : doc.body().select("div, td, article, section, main")) {
      int score = score(candidate);
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }

  private static int score(Element block) {
    int score = 0;
    for (Node child : block.childNodes()) {
      if (child instanceof TextNode text) {
        score += text.text().strip().length();
      } else if (child instanceof Element e && e.is(TEXT_BLOCKS)) {
        int links = e.select("a").text().length();
        score += e.text().length() - 2 * links;
      }
    }
    return score;
  }

  /** A lead marked as such, or a first paragraph that is all bold. */
  String lead(Document doc, Element body) {
    Element marked = doc.selectFirst("[class~=(?i)(sapo|lead|summary|hometext|mota|tomtat)]");
    if (marked != null && !marked.text().isBlank() && !marked.equals(body)) {
      return marked.text();
    }
    Element first =
        body.children().stream().filter(e -> !e.text().isBlank()).findFirst().orElse(null);
    if (first != null
        && first.is("p")
        && first.children().size() == 1
        && first.child(0).is("strong, b")
        && first.child(0).text().equals(first.text())) {
      String lead = first.text();
      first.remove();
      return lead;
    }
    return "";
  }

  java.util.List<String> breadcrumb(Document doc) {
    return doc.select("[class~=(?i)breadcrumb] a, [id~=(?i)breadcrumb] a").eachText();
  }
}
