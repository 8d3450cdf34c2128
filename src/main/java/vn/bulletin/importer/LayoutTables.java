package vn.bulletin.importer;

import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Unwraps tables used for layout, as old portals and pasted Word documents arrange a page with
 * them: a table with one column, or whose cells hold paragraphs, photos or other tables, gives its
 * cells' content in reading order. Tables of data (cells of text, two columns or more) stay tables.
 */
final class LayoutTables {
  void unwrap(Element body) {
    List<Element> tables = body.select("table");
    // Innermost first, so an outer table sees its inner ones already unwrapped.
    for (int i = tables.size() - 1; i >= 0; i--) {
      Element table = tables.get(i);
      if (table.parent() != null && isLayout(table)) {
        for (Element cell : table.select("td, th")) {
          Element holder =
              cell.select("p, div, ul, ol, h1, h2, h3, h4, h5, h6, blockquote").isEmpty()
                  ? new Element("p")
                  : new Element("div");
          for (Node child : List.copyOf(cell.childNodes())) {
            holder.appendChild(child);
          }
          if (!holder.text().isBlank() || holder.selectFirst("img") != null) {
            table.before(holder);
          }
        }
        table.remove();
      }
    }
  }

  static boolean isLayout(Element table) {
    boolean oneColumn =
        table.select("tr").stream().allMatch(tr -> tr.select("> td, > th").size() <= 1);
    boolean blocks =
        !table
            .select("td p, td div, td img, td table, td ul, td ol, td h1, td h2, td h3, td h4")
            .isEmpty();
    return oneColumn || blocks;
  }
}
