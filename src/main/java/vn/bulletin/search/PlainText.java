package vn.bulletin.search;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of a body's HTML, with a line break at every block, so no bigram joins two paragraphs.
 */
final class PlainText {
  private PlainText() {}

  static String of(String html) {
    StringBuilder out = new StringBuilder(html.length());
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
              out.append(text.getWholeText());
            } else if (node instanceof Element e && (e.isBlock() || e.nameIs("br"))) {
              out.append('\n');
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e && e.isBlock()) {
              out.append('\n');
            }
          }
        },
        Jsoup.parseBodyFragment(html).body());
    return out.toString();
  }
}
