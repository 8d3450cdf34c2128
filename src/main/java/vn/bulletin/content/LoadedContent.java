package vn.bulletin.content;

import java.util.List;
import java.util.Map;
import vn.bulletin.diagnostic.Diagnostic;

/**
 * Everything found under {@code content/}, in path order.
 *
 * @param items news items read (Markdown outside {@code pages/})
 * @param pages standalone pages read (Markdown under {@code pages/})
 * @param documents documents read (Markdown under {@code van-ban/})
 * @param unread project paths of the items and pages not read, since their stamps showed them as an
 *     earlier build read them
 * @param stamps the stamp of every Markdown file found, read or not, by project path
 * @param files everything else, published as it is
 */
public record LoadedContent(
    List<SourceFile> items,
    List<SourceFile> pages,
    List<SourceFile> documents,
    List<String> unread,
    Map<String, SourceStamp> stamps,
    List<StaticFile> files,
    List<Diagnostic> diagnostics) {
  public LoadedContent {
    items = List.copyOf(items);
    pages = List.copyOf(pages);
    documents = List.copyOf(documents);
    unread = List.copyOf(unread);
    stamps = java.util.Collections.unmodifiableMap(stamps);
    files = List.copyOf(files);
    diagnostics = List.copyOf(diagnostics);
  }
}
