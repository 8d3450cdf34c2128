package vn.bulletin.markdown;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;

/** Finds the photos of a Markdown body with their alt text and their place in the file. */
public final class ImageFinder {
  /**
   * A photo as written.
   *
   * @param lineNumber 1-based line of the file
   * @param columnNumber 1-based column, in code points, of its {@code ![}
   * @param width how many code points it spans on that line
   */
  public record Photo(String url, String alt, int lineNumber, int columnNumber, int width) {}

  private final Parser parser;

  public ImageFinder() {
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
    options.set(Parser.TRACK_DOCUMENT_LINES, true);
    this.parser = LinearInlineParser.builder(options).build();
  }

  /**
   * @param bodyLineOffset lines of the file before the body
   */
  public List<Photo> find(String body, int bodyLineOffset) {
    List<Photo> photos = new ArrayList<>();
    for (Node node : parser.parse(body).getDescendants()) {
      if (node instanceof Image image) {
        photos.add(
            photo(
                body, node, image.getUrl().toString(), image.getText().toString(), bodyLineOffset));
      } else if (node instanceof ImageRef ref) {
        photos.add(
            photo(
                body,
                node,
                ref.getReference().toString(),
                ref.getText().toString(),
                bodyLineOffset));
      }
    }
    return photos;
  }

  // Flexmark lines are 0-based and relative to the body; columns count code points, as diagnostics
  // do.
  private static Photo photo(String body, Node node, String url, String alt, int bodyLineOffset) {
    int start = node.getStartOffset();
    int lineStart = body.lastIndexOf('\n', start - 1) + 1;
    int lineEnd = body.indexOf('\n', start);
    int end = Math.min(node.getEndOffset(), lineEnd < 0 ? body.length() : lineEnd);
    return new Photo(
        url,
        alt.strip(),
        node.getStartLineNumber() + bodyLineOffset + 1,
        body.codePointCount(lineStart, start) + 1,
        Math.max(1, body.codePointCount(start, end)));
  }
}
