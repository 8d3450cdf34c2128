package vn.bulletin.content;

import java.util.List;
import vn.bulletin.diagnostic.Diagnostic;

/**
 * Everything found under {@code content/}, in path order.
 *
 * @param items news items (Markdown outside {@code pages/})
 * @param pages standalone pages (Markdown under {@code pages/})
 * @param files everything else, published as it is
 */
public record LoadedContent(
    List<SourceFile> items, List<SourceFile> pages, List<StaticFile> files, List<Diagnostic> diagnostics) {
  public LoadedContent {
    items = List.copyOf(items);
    pages = List.copyOf(pages);
    files = List.copyOf(files);
    diagnostics = List.copyOf(diagnostics);
  }
}
