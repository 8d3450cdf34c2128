package vn.bulletin.markdown;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Markdown to HTML with one Flexmark parser and renderer, built once and shared by threads. Raw
 * HTML is dropped unless the site allows it; either way the caller sanitises the result.
 */
public final class MarkdownRenderer {
  /** The HTML, and the 1-based file lines that held raw HTML. */
  public record Result(String html, List<Integer> rawHtmlLines) {}

  /** The rendered tree, not yet sanitised, and the 1-based file lines that held raw HTML. */
  public record Tree(org.jsoup.nodes.Document document, List<Integer> rawHtmlLines) {}

  private final Parser parser;
  private final HtmlRenderer renderer;

  public MarkdownRenderer(boolean allowHtml) {
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, List.of(
        TablesExtension.create(), StrikethroughExtension.create()));
    options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
    options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
    options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
    options.set(HtmlRenderer.SUPPRESS_HTML, !allowHtml);
    options.set(HtmlRenderer.SOFT_BREAK, "\n");
    this.parser = Parser.builder(options).build();
    this.renderer = HtmlRenderer.builder(options).build();
  }

  /**
   * @param bodyLineOffset lines of the file before the body, to report file line numbers
   */
  public Result render(String body, int bodyLineOffset) {
    Document document = parser.parse(body);
    return new Result(renderer.render(document), rawHtmlLines(document, bodyLineOffset));
  }

  /**
   * The same HTML as {@link #render}, as a tree ready for {@link HtmlRefiner}: written directly from
   * Flexmark's nodes, or parsed from Flexmark's HTML when the body holds raw HTML to keep or a node
   * the tree writer does not know.
   */
  public Tree renderTree(String body, int bodyLineOffset) {
    Document document = parser.parse(body);
    List<Integer> rawHtmlLines = rawHtmlLines(document, bodyLineOffset);
    org.jsoup.nodes.Document tree = org.jsoup.nodes.Document.createShell(HtmlRefiner.CLEAN_BASE);
    if (!hasRawHtml(document) && DomWriter.write(document, tree.body()).isPresent()) {
      return new Tree(tree, rawHtmlLines);
    }
    return new Tree(HtmlRefiner.parse(renderer.render(document)), rawHtmlLines);
  }

  private static boolean hasRawHtml(Document document) {
    for (Node node : document.getDescendants()) {
      if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
        return true;
      }
    }
    return false;
  }

  // Flexmark lines are 0-based and relative to the body; comments are left out, editors keep notes in them.
  private static List<Integer> rawHtmlLines(Document document, int bodyLineOffset) {
    TreeSet<Integer> lines = new TreeSet<>();
    for (Node node : document.getDescendants()) {
      if (node instanceof HtmlBlock || node instanceof HtmlInline) {
        if (!node.getChars().toString().stripLeading().startsWith("<!--")) {
          lines.add(node.getStartLineNumber() + bodyLineOffset + 1);
        }
      }
    }
    return new ArrayList<>(lines);
  }
}
