package vn.bulletin.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.bulletin.config.ConfigLoader;
import vn.bulletin.diagnostic.Diagnostic;

/**
 * Collects the planned files, each path checked once: one that would leave the site, or two files
 * claiming one path, is an error.
 */
final class OutputList {
  private final List<PageSpec> pages = new ArrayList<>();
  private final List<SitePlan.TextFile> texts = new ArrayList<>();
  private final Map<String, String> owners = new HashMap<>();
  private final Map<String, String> reserved = new HashMap<>();
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  void add(PageSpec page) {
    if (claim(page.path(), page.sourcePath().isEmpty() ? "a generated page" : page.sourcePath())) {
      pages.add(page);
    }
  }

  void add(SitePlan.TextFile text) {
    if (claim(text.path(), "a generated file")) {
      texts.add(text);
    }
  }

  /**
   * A built-in asset: a file of the site at the same path takes its place, as it would a
   * template's.
   */
  void addBuiltIn(SitePlan.TextFile text) {
    if (owners.putIfAbsent(text.path(), "a built-in asset") == null) {
      texts.add(text);
    }
  }

  void addFile(FileSpec file) {
    addFile(file, file.source().toString());
  }

  /**
   * @param owner how messages name the file: its project path for one under {@code content/}
   */
  void addFile(FileSpec file, String owner) {
    claim(file.path(), owner);
  }

  /**
   * Keeps {@code folder} (as "search/") for the files {@code filler} names ("the search index's
   * files").
   */
  void reserve(String folder, String filler) {
    reserved.put(folder, filler);
  }

  /** What already claimed a site path: a content file, or a description of a generated one. */
  Optional<String> ownerOf(String path) {
    return Optional.ofNullable(owners.get(path));
  }

  void report(Diagnostic diagnostic) {
    diagnostics.add(diagnostic);
  }

  List<PageSpec> pages() {
    return pages;
  }

  List<SitePlan.TextFile> texts() {
    return texts;
  }

  List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  // Each content file of a clash gets its own error, so an editor's tool can open either.
  private boolean claim(String path, String owner) {
    if (!SitePaths.isSafe(path)) {
      diagnostics.add(
          Diagnostic.error(
              isContent(owner) ? owner : path,
              "cannot be published: the name holds \"..\", \":\" or a backslash"));
      return false;
    }
    for (Map.Entry<String, String> folder : reserved.entrySet()) {
      if (path.startsWith(folder.getKey())) {
        // A generated page there comes of a category's name in bulletin.yaml.
        diagnostics.add(
            Diagnostic.error(
                    isContent(owner) ? owner : ConfigLoader.FILE_NAME,
                    "URL /"
                        + path
                        + " is in /"
                        + folder.getKey()
                        + ", which "
                        + folder.getValue()
                        + " fill")
                .withHint("give it another file name or \"slug:\""));
        return false;
      }
    }
    String previous = owners.putIfAbsent(path, owner);
    if (previous == null) {
      return true;
    }
    String url =
        "/"
            + (path.endsWith("index.html")
                ? path.substring(0, path.length() - "index.html".length())
                : path);
    boolean ownerIsContent = isContent(owner);
    boolean previousIsContent = isContent(previous);
    if (previousIsContent || !ownerIsContent) {
      diagnostics.add(clash(previous, url, owner));
    }
    if (ownerIsContent) {
      diagnostics.add(clash(owner, url, previous));
    }
    return false;
  }

  private static boolean isContent(String owner) {
    return owner.startsWith("content/");
  }

  private static Diagnostic clash(String reported, String url, String other) {
    return Diagnostic.error(reported, "URL " + url + " is also the URL of " + other)
        .withHint("give one of them a different \"slug:\" or file name");
  }
}
