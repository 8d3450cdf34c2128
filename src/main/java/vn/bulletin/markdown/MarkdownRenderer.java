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
  /** The HTML, the 1-based file lines that held raw HTML, and what was bounded before parsing. */
  public record Result(String html, List<Integer> rawHtmlLines, List<Limit> limits) {}

  /**
   * The rendered tree, not yet sanitised, the 1-based file lines that held raw HTML, and the limits
   * met.
   */
  public record Tree(
      org.jsoup.nodes.Document document, List<Integer> rawHtmlLines, List<Limit> limits) {}

  /**
   * A limit the body met before parsing, at its 1-based file line: past it the marks show as typed
   * or, when {@code refused}, the body was not rendered at all.
   */
  public record Limit(int lineNumber, String description, boolean refused) {}

  private final Parser parser;
  private final HtmlRenderer renderer;
  private final MarkdownGuard guard = new MarkdownGuard(MarkdownGuard.Limits.DEFAULT);

  public MarkdownRenderer(boolean allowHtml) {
    MutableDataSet options = new MutableDataSet();
    options.set(
        Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create()));
    options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
    options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
    options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
    options.set(HtmlRenderer.SUPPRESS_HTML, !allowHtml);
    options.set(HtmlRenderer.SOFT_BREAK, "\n");
    // Lines of raw HTML and photos are looked up by offset: without the table each lookup counts
    // from the top.
    options.set(Parser.TRACK_DOCUMENT_LINES, true);
    this.parser = LinearInlineParser.builder(options).build();
    this.renderer = HtmlRenderer.builder(options).build();
  }

  /**
   * @param bodyLineOffset lines of the file before the body, to report file line numbers
   */
  public Result render(String body, int bodyLineOffset) {
    MarkdownGuard.Guarded guarded = guard.guard(body);
    List<Limit> limits = limits(guarded, bodyLineOffset);
    if (guarded.refused()) {
      return new Result("", List.of(), limits);
    }
    Document document = parser.parse(guarded.body());
    return new Result(
        renderer.render(document), rawHtmlLines(document, guarded, bodyLineOffset), limits);
  }

  /**
   * The same HTML as {@link #render}, as a tree ready for {@link HtmlRefiner}: written directly
   * from Flexmark's nodes, or parsed from Flexmark's HTML when the body holds raw HTML to keep or a
   * node the tree writer does not know.
   */
  public Tree renderTree(String body, int bodyLineOffset) {
    MarkdownGuard.Guarded guarded = guard.guard(body);
    List<Limit> limits = limits(guarded, bodyLineOffset);
    org.jsoup.nodes.Document tree = org.jsoup.nodes.Document.createShell(HtmlRefiner.CLEAN_BASE);
    if (guarded.refused()) {
      return new Tree(tree, List.of(), limits);
    }
    Document document = parser.parse(guarded.body());
    List<Integer> rawHtmlLines = rawHtmlLines(document, guarded, bodyLineOffset);
    if (!hasRawHtml(document) && DomWriter.write(document, tree.body()).isPresent()) {
      return new Tree(tree, rawHtmlLines, limits);
    }
    return new Tree(HtmlRefiner.parse(renderer.render(document)), rawHtmlLines, limits);
  }

  private List<Limit> limits(MarkdownGuard.Guarded guarded, int bodyLineOffset) {
    return guarded.bounds().stream()
        .map(
            b ->
                new Limit(
                    b.lineIndex() + bodyLineOffset + 1,
                    b.kind().describe(guard.limits()),
                    b.kind() == MarkdownGuard.Kind.MARKS))
        .sorted(java.util.Comparator.comparingInt(Limit::lineNumber))
        .toList();
  }

  private static boolean hasRawHtml(Document document) {
    for (Node node : document.getDescendants()) {
      if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
        return true;
      }
    }
    return false;
  }

  // Flexmark lines are 0-based and relative to the body; comments are left out, editors keep notes
  // in them.
  private static List<Integer> rawHtmlLines(
      Document document, MarkdownGuard.Guarded guarded, int bodyLineOffset) {
    TreeSet<Integer> lines = new TreeSet<>();
    for (Node node : document.getDescendants()) {
      if (node instanceof HtmlBlock || node instanceof HtmlInline) {
        if (!node.getChars().toString().stripLeading().startsWith("<!--")) {
          lines.add(
              bodyLineIndex(node.getStartLineNumber(), guarded.insertedBefore())
                  + bodyLineOffset
                  + 1);
        }
      }
    }
    return new ArrayList<>(lines);
  }

  // The guard's blank lines are not in the file: the k-th of them sits at parsed line
  // insertedBefore[k] + k.
  private static int bodyLineIndex(int parsedLineIndex, List<Integer> insertedBefore) {
    int before = 0;
    while (before < insertedBefore.size()
        && insertedBefore.get(before) + before < parsedLineIndex) {
      before++;
    }
    return parsedLineIndex - before;
  }
}
