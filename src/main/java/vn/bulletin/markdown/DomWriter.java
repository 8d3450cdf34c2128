package vn.bulletin.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ParagraphItemContainer;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCaption;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.util.ast.BlankLine;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.misc.CharPredicate;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Writes a Flexmark document straight into a jsoup tree: the tree that parsing Flexmark's own HTML
 * would give, line breaks between blocks included, without writing and re-parsing that HTML (the
 * two took most of a build's parse stage). A document holding a node it does not know is left to
 * Flexmark's renderer: the caller then falls back.
 */
final class DomWriter {
  private final ListOptions listOptions;
  private final Document document;
  // Whether the last character written was a line break, as Flexmark's writer tracks it.
  private boolean atLineStart = true;
  // A link inside a link: HTML parsing splits the two, which this writer does not mimic.
  private boolean insideLink;

  private final Pattern suppressedLinks;

  private DomWriter(Document document) {
    this.document = document;
    this.listOptions = ListOptions.get(document);
    this.suppressedLinks = Pattern.compile(HtmlRenderer.SUPPRESSED_LINKS.get(document));
  }

  // Flexmark writes a link to a suppressed address (javascript:) as its bare text; left to
  // Flexmark.
  private String address(BasedSequence url) {
    if (suppressedLinks.matcher(url).find()) {
      throw new UnknownNode();
    }
    return attribute(url.unescape());
  }

  // Flexmark keeps what looks like an entity in an attribute as written, and HTML parsing then
  // reads
  // it; an attribute holding "&" is left to Flexmark rather than mimicking both rules.
  private static String attribute(String value) {
    if (value.indexOf('&') >= 0) {
      throw new UnknownNode();
    }
    return value;
  }

  /** The body holding the document's HTML, or empty when a node needs Flexmark's renderer. */
  static Optional<Element> write(Document document, Element body) {
    try {
      new DomWriter(document).children(document, body);
      joinTexts(body);
      return Optional.of(body);
    } catch (UnknownNode e) {
      return Optional.empty();
    }
  }

  private void children(Node parent, Element into) {
    for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
      node(child, into);
    }
  }

  private void node(Node node, Element into) {
    if (node instanceof Text || node instanceof HtmlEntity) {
      text(into, Escaping.normalizeEOL(node.getChars().unescape()));
    } else if (node instanceof TextBase) {
      children(node, into);
    } else if (node instanceof Paragraph p) {
      paragraph(p, into);
    } else if (node instanceof SoftLineBreak) {
      text(into, "\n");
    } else if (node instanceof HardLineBreak) {
      // Flexmark drops the indent of the line after a break in ways this writer does not mimic.
      Node next = node.getNext();
      if (next != null && (next.getChars().startsWith(" ") || next.getChars().startsWith("\t"))) {
        throw new UnknownNode();
      }
      into.appendElement("br");
      text(into, "\n");
    } else if (node instanceof Emphasis) {
      inline(node, into.appendElement("em"));
    } else if (node instanceof StrongEmphasis) {
      inline(node, into.appendElement("strong"));
    } else if (node instanceof Strikethrough) {
      inline(node, into.appendElement("del"));
    } else if (node instanceof Code code) {
      code(code, into);
    } else if ((node instanceof Link || node instanceof AutoLink || node instanceof MailLink)
        && insideLink) {
      throw new UnknownNode();
    } else if (node instanceof Link link) {
      link(link, into);
    } else if (node instanceof Image image) {
      image(image, into);
    } else if (node instanceof AutoLink link) {
      // An autolink is written as is: no backslash escapes, no entities.
      String url = link.getText().toString();
      if (suppressedLinks.matcher(url).find() || url.startsWith("www.")) {
        throw new UnknownNode();
      }
      into.appendElement("a").attr("href", attribute(url)).appendChild(new TextNode(url));
      atLineStart = false;
    } else if (node instanceof MailLink link) {
      String address = address(link.getText());
      into.appendElement("a").attr("href", "mailto:" + address).appendChild(new TextNode(address));
      atLineStart = false;
    } else if (node instanceof Reference
        || node instanceof BlankLine
        || node instanceof TableSeparator) {
      return;
    } else {
      block(node, into);
    }
  }

  private void block(Node node, Element into) {
    if (node instanceof Heading h) {
      tagLine(into, "h" + h.getLevel(), h);
    } else if (node instanceof BlockQuote) {
      tagIndent(into, "blockquote", node);
    } else if (node instanceof BulletList) {
      tagIndent(into, "ul", node);
    } else if (node instanceof OrderedList list) {
      Element ol = open(into, "ol");
      if (list.getStartNumber() != 1) {
        ol.attr("start", String.valueOf(list.getStartNumber()));
      }
      indented(ol, node);
      atLineStart = false;
      line(into);
    } else if (node instanceof ListItem) {
      tagLine(into, "li", node);
    } else if (node instanceof ThematicBreak) {
      open(into, "hr");
      line(into);
    } else if (node instanceof FencedCodeBlock code) {
      fencedCode(code, into);
    } else if (node instanceof IndentedCodeBlock code) {
      preCode(into, null, code.getContentChars().trimTailBlankLines().normalizeEndWithEOL());
    } else {
      table(node, into);
    }
  }

  private void table(Node node, Element into) {
    if (node instanceof TableBlock) {
      tagIndent(into, "table", node);
    } else if (node instanceof TableHead) {
      tagIndent(into, "thead", node);
    } else if (node instanceof TableBody) {
      tagIndent(into, "tbody", node);
    } else if (node instanceof TableRow) {
      tagLine(into, "tr", node);
    } else if (node instanceof TableCaption) {
      tagLine(into, "caption", node);
    } else if (node instanceof TableCell cell) {
      Element td = into.appendElement(cell.isHeader() ? "th" : "td");
      if (cell.getAlignment() != null) {
        td.attr("align", cell.getAlignment().cellAlignment().name().toLowerCase(Locale.ROOT));
      }
      if (cell.getSpan() > 1) {
        td.attr("colspan", String.valueOf(cell.getSpan()));
      }
      inline(node, td);
    } else {
      throw new UnknownNode();
    }
  }

  private void inline(Node node, Element element) {
    atLineStart = false;
    children(node, element);
    atLineStart = false; // the closing tag
  }

  // In a tight list item a paragraph is its bare text; elsewhere it is a <p> on its own line.
  private void paragraph(Paragraph p, Element into) {
    boolean bare =
        p.getParent() instanceof ParagraphItemContainer container
            && container.isParagraphWrappingDisabled(p, listOptions, document);
    if (bare) {
      children(p, into);
    } else {
      tagLine(into, "p", p);
    }
  }

  private void code(Code code, Element into) {
    Element element = into.appendElement("code");
    StringBuilder text = new StringBuilder();
    for (Node child = code.getFirstChild(); child != null; child = child.getNext()) {
      if (!(child instanceof Text)) {
        throw new UnknownNode();
      }
      text.append(Escaping.collapseWhitespace(child.getChars(), true));
    }
    element.appendChild(new TextNode(text.toString()));
    atLineStart = false;
  }

  private void link(Link link, Element into) {
    Element a = into.appendElement("a").attr("href", address(link.getUrl()));
    if (link.getTitle().isNotNull()) {
      a.attr("title", attribute(link.getTitle().unescape()));
    }
    insideLink = true;
    inline(link, a);
    insideLink = false;
  }

  private void image(Image image, Element into) {
    if (!image.getUrlContent().isEmpty()) {
      throw new UnknownNode();
    }
    Element img =
        into.appendElement("img")
            .attr("src", address(image.getUrl()))
            .attr("alt", attribute(new TextCollectingVisitor().collectAndGetText(image)));
    if (image.getTitle().isNotNull()) {
      img.attr("title", attribute(image.getTitle().unescape()));
    }
    atLineStart = false;
  }

  private void fencedCode(FencedCodeBlock code, Element into) {
    BasedSequence info = code.getInfo();
    String language = null;
    if (info.isNotNull() && !info.isBlank()) {
      language = code.getInfoDelimitedByAny(CharPredicate.SPACE_TAB).unescape();
    }
    preCode(into, language, code.getContentChars().normalizeEOL());
  }

  private void preCode(Element into, String language, String text) {
    Element pre = open(into, "pre");
    Element code = pre.appendElement("code");
    if (language != null) {
      code.attr("class", "language-" + attribute(language));
    }
    code.appendChild(new TextNode(text));
    atLineStart = false;
    line(into);
  }

  // <tag>children</tag> then a line break: paragraphs, headings, list items, rows.
  private void tagLine(Element into, String tag, Node node) {
    Element element = open(into, tag);
    children(node, element);
    atLineStart = false; // the closing tag
    line(into);
  }

  // <tag>, a line break, the children, a line break, </tag>: lists, quotes, tables.
  private void tagIndent(Element into, String tag, Node node) {
    indented(open(into, tag), node);
    atLineStart = false; // the closing tag
    line(into);
  }

  // Flexmark breaks the line after the opening tag only once a child writes something, but for a
  // quote.
  private void indented(Element element, Node node) {
    line(element);
    children(node, element);
    if (!element.normalName().equals("blockquote")
        && element.childNodeSize() == 1
        && element.childNode(0) instanceof TextNode only
        && only.getWholeText().equals("\n")) {
      element.empty();
      return;
    }
    line(element);
  }

  private Element open(Element into, String tag) {
    line(into);
    atLineStart = false;
    return into.appendElement(tag);
  }

  private void line(Element into) {
    if (!atLineStart) {
      text(into, "\n");
    }
  }

  private void text(Element into, String text) {
    if (text.isEmpty()) {
      return;
    }
    // Adjacent texts are joined once the tree is written: joining at each step copied a paragraph's
    // text
    // once for each of its entities or line breaks.
    into.appendChild(new TextNode(text));
    atLineStart = text.charAt(text.length() - 1) == '\n';
  }

  // One text node for each run of adjacent texts, as parsing the HTML would give it.
  private static void joinTexts(Element element) {
    List<org.jsoup.nodes.Node> joined = new ArrayList<>(element.childNodeSize());
    StringBuilder run = new StringBuilder();
    boolean adjacent = false;
    for (org.jsoup.nodes.Node child : element.childNodes()) {
      if (child instanceof TextNode text) {
        adjacent |= run.length() > 0;
        run.append(text.getWholeText());
        continue;
      }
      flush(run, joined);
      joined.add(child);
      if (child instanceof Element inner) {
        joinTexts(inner);
      }
    }
    flush(run, joined);
    if (adjacent) {
      element.empty();
      element.appendChildren(joined);
    }
  }

  private static void flush(StringBuilder run, List<org.jsoup.nodes.Node> into) {
    if (run.length() > 0) {
      into.add(new TextNode(run.toString()));
      run.setLength(0);
    }
  }

  /** A node this writer does not know: the document goes to Flexmark's renderer instead. */
  private static final class UnknownNode extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnknownNode() {
      super(null, null, false, false);
    }
  }
}
