package vn.bulletin.importer;

import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * Rewrites the ways portals caption a photo into bulletin's own: the photo alone in a paragraph,
 * then an italic paragraph. It knows {@code <figure>} with {@code <figcaption>}, the editor's
 * two-row table (photo, then its text), and a short centred or italic paragraph right after a
 * photo. Runs before styles are dropped, as centring is one of the hints.
 */
final class CaptionNormaliser {
  /** Longer than this, a paragraph after a photo is text, not its caption. */
  static final int MAX_CAPTION = 250;

  void normalise(Element body) {
    for (Element figure : body.select("figure")) {
      Element img = figure.selectFirst("img[src]");
      Element caption = figure.selectFirst("figcaption");
      if (img != null) {
        replace(figure, img, caption == null ? "" : caption.text());
      }
    }
    for (Element table : body.select("table")) {
      if (isPhotoTable(table)) {
        Element img = table.selectFirst("img[src]");
        String text =
            table.select("td, th").stream()
                .filter(td -> td.selectFirst("img") == null)
                .map(Element::text)
                .filter(t -> !t.isBlank())
                .findFirst()
                .orElse("");
        replace(table, img, text);
      }
    }
    for (Element img : body.select("img[src]")) {
      Element block = photoBlock(img);
      if (block != null) {
        Element next = block.nextElementSibling();
        if (next != null && isCaption(next)) {
          String text = next.text();
          next.remove();
          replace(block, img, text);
        }
      }
    }
  }

  // The block that holds the photo and nothing else (a paragraph or a div around it).
  private static Element photoBlock(Element img) {
    Element block = img.parent();
    while (block != null && block.is("a, span, strong, b, em, i, font, center")) {
      block = block.parent();
    }
    return block != null
            && block.is("p, div")
            && block.text().isBlank()
            && block.select("img").size() == 1
        ? block
        : null;
  }

  private static boolean isCaption(Element next) {
    String text = next.text().strip();
    if (!next.is("p, div")
        || text.isEmpty()
        || text.length() > MAX_CAPTION
        || next.selectFirst("img") != null) {
      return false;
    }
    String style = next.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
    boolean italic = next.select("em, i").text().equals(next.text());
    return italic
        || style.contains("text-align:center")
        || next.attr("align").equalsIgnoreCase("center")
        || next.className().toLowerCase(Locale.ROOT).contains("caption");
  }

  private static boolean isPhotoTable(Element table) {
    return table.select("img").size() == 1
        && table.select("tr").size() <= 2
        && table.select("tr").stream().allMatch(tr -> tr.select("td, th").size() == 1)
        && table.text().length() <= MAX_CAPTION;
  }

  private static void replace(Element block, Element img, String caption) {
    Element photo =
        new Element("p")
            .appendChild(
                new Element("img")
                    .attr("src", img.attr("src"))
                    .attr("alt", img.attr("alt").isBlank() ? caption : img.attr("alt")));
    block.before(photo);
    if (!caption.isBlank()) {
      block.before(new Element("p").appendChild(new Element("em").text(caption.strip())));
    }
    block.remove();
  }
}
