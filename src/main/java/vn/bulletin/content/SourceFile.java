package vn.bulletin.content;

import java.util.List;

/**
 * A Markdown file as read: NFC text with LF newlines and no BOM.
 *
 * @param path relative to the project, with {@code /} separators (e.g. {@code content/a/b.md})
 * @param contentPath relative to {@code content/} (e.g. {@code a/b.md})
 */
public record SourceFile(String path, String contentPath, String text) {
  public static SourceFile of(String path, String contentPath, String text) {
    return new SourceFile(path, contentPath, text);
  }

  /**
   * The lines of the text, split on each call: a build holds every source at once, and keeping them
   * split as well would double what they take.
   */
  public List<String> lines() {
    return text.lines().toList();
  }

  /** The text of a 1-based line, or empty outside the file. */
  public String line(int lineNumber) {
    if (lineNumber < 1) {
      return "";
    }
    int start = 0;
    for (int n = 1; n < lineNumber; n++) {
      int newline = text.indexOf('\n', start);
      if (newline < 0) {
        return "";
      }
      start = newline + 1;
    }
    if (start >= text.length()) {
      return "";
    }
    int end = text.indexOf('\n', start);
    return text.substring(start, end < 0 ? text.length() : end);
  }

  /** A bundle is a folder whose page is {@code index.md}; its photos sit beside it. */
  public boolean isBundle() {
    return contentPath.endsWith("/index.md");
  }

  /**
   * The folder of this file relative to {@code content/}, ending in {@code /}, or empty at the top.
   */
  public String contentDir() {
    int slash = contentPath.lastIndexOf('/');
    return slash < 0 ? "" : contentPath.substring(0, slash + 1);
  }

  /** The name the slug comes from: the file name, or the bundle folder's name. */
  public String baseName() {
    String dir = contentDir();
    if (isBundle()) {
      String folder = dir.substring(0, dir.length() - 1);
      return folder.substring(folder.lastIndexOf('/') + 1);
    }
    String file = contentPath.substring(dir.length());
    return file.endsWith(".md") ? file.substring(0, file.length() - 3) : file;
  }
}
