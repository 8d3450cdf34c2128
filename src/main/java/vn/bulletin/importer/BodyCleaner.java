package vn.bulletin.importer;

import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Cleans an old portal's body HTML before it becomes Markdown: captions into bulletin's form,
 * layout tables unwrapped, inline styles and fonts dropped, runs of {@code &nbsp;} made one space,
 * empty paragraphs removed, and whatever is left passed through a safelist (no scripts, no event
 * attributes, only web, mail and telephone links).
 */
final class BodyCleaner {
  private static final Safelist SAFE =
      Safelist.relaxed()
          .removeTags(
              "div",
              "span",
              "colgroup",
              "col",
              "caption",
              "cite",
              "dl",
              "dt",
              "dd",
              "small",
              "u",
              "sub",
              "sup")
          .removeProtocols("a", "href", "ftp")
          .addProtocols("a", "href", "tel")
          .preserveRelativeLinks(true);

  /** Lets the safelist tell a relative link (kept) from an unknown scheme (dropped). */
  private static final String PLACEHOLDER_BASE = "https://import.invalid/";

  private final CaptionNormaliser captions = new CaptionNormaliser();
  private final LayoutTables tables = new LayoutTables();

  /**
   * Tidies the body in place: everything but the safelist, so photos can be collected from it next.
   */
  void tidy(Element body) {
    body.select(
            "script, style, noscript, iframe, object, embed, form, input, button, select, textarea")
        .remove();
    captions.normalise(body);
    tables.unwrap(body);
    body.select("font, span, u, center").unwrap();
    for (Element e : body.getAllElements()) {
      e.removeAttr("style")
          .removeAttr("class")
          .removeAttr("id")
          .removeAttr("align")
          .removeAttr("width")
          .removeAttr("height")
          .removeAttr("border");
    }
    for (TextNode text : textNodes(body)) {
      text.text(
          text.getWholeText()
              .replaceAll("[\\u00A0\\u2007\\u202F]+", " ")
              .replaceAll("[ \\t]{2,}", " "));
    }
    removeEmpty(body);
  }

  /** The body's HTML with only what the safelist allows. */
  static String safe(Element body) {
    return new Cleaner(SAFE)
        .clean(org.jsoup.Jsoup.parseBodyFragment(body.html(), PLACEHOLDER_BASE))
        .body()
        .html();
  }

  private static List<TextNode> textNodes(Element root) {
    List<TextNode> nodes = new java.util.ArrayList<>();
    root.traverse(
        (node, depth) -> {
          if (node instanceof TextNode t) {
            nodes.add(t);
          }
        });
    return nodes;
  }

  private static void removeEmpty(Element body) {
    List<Element> blocks = body.select("p, div, h2, h3, h4, h5, h6, li, strong, b, em, i");
    for (int i = blocks.size() - 1; i >= 0; i--) {
      Element e = blocks.get(i);
      if (e.text().isBlank() && e.selectFirst("img, table, hr") == null) {
        for (Node br : List.copyOf(e.childNodes())) {
          br.remove();
        }
        e.remove();
      }
    }
  }
}
