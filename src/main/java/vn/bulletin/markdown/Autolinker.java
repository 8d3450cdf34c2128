package vn.bulletin.markdown;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.nibor.autolink.LinkExtractor;
import org.nibor.autolink.LinkSpan;
import org.nibor.autolink.LinkType;

/**
 * Links the web and mail addresses written bare in text ("xem https://hamcan.gov.vn"), outside
 * links and code. It works on the tree, so it serves both the tree writer and Flexmark's HTML.
 */
final class Autolinker {
  private static final LinkExtractor EXTRACTOR =
      LinkExtractor.builder()
          .linkTypes(EnumSet.of(LinkType.URL, LinkType.WWW, LinkType.EMAIL))
          .build();

  private Autolinker() {}

  static void link(Element body) {
    List<TextNode> candidates = new ArrayList<>();
    NodeTraversor.traverse(
        (node, depth) -> {
          if (node instanceof TextNode text
              && mayHoldAddress(text.getWholeText())
              && !insideLinkOrCode(text)) {
            candidates.add(text);
          }
        },
        body);
    candidates.forEach(Autolinker::split);
  }

  // Most paragraphs hold no address at all; the extractor runs only where one could start.
  private static boolean mayHoldAddress(String text) {
    return text.contains("://") || text.contains("www.") || text.indexOf('@') >= 0;
  }

  private static boolean insideLinkOrCode(TextNode node) {
    for (Element parent = node.parent(); parent != null; parent = parent.parent()) {
      String tag = parent.normalName();
      if (tag.equals("a") || tag.equals("code") || tag.equals("pre")) {
        return true;
      }
    }
    return false;
  }

  private static void split(TextNode node) {
    String text = node.getWholeText();
    List<Node> parts = new ArrayList<>();
    int last = 0;
    for (LinkSpan span : EXTRACTOR.extractLinks(text)) {
      if (span.getBeginIndex() > last) {
        parts.add(new TextNode(text.substring(last, span.getBeginIndex())));
      }
      String shown = text.substring(span.getBeginIndex(), span.getEndIndex());
      String href =
          switch (span.getType()) {
            case WWW -> "http://" + shown;
            case EMAIL -> "mailto:" + shown;
            default -> shown;
          };
      Element a = new Element("a").attr("href", href);
      a.appendChild(new TextNode(shown));
      parts.add(a);
      last = span.getEndIndex();
    }
    if (parts.isEmpty()) {
      return;
    }
    if (last < text.length()) {
      parts.add(new TextNode(text.substring(last)));
    }
    int index = node.siblingIndex();
    Element parent = node.parent();
    node.remove();
    parent.insertChildren(index, parts);
  }
}
