package vn.bulletin.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import vn.bulletin.content.FrontMatter;
import vn.bulletin.content.FrontMatterParser;
import vn.bulletin.content.LoadedContent;
import vn.bulletin.content.SourceFile;
import vn.bulletin.diagnostic.Diagnostic;
import vn.bulletin.yaml.YamlMap;
import vn.bulletin.yaml.YamlScalar;

/**
 * Warnings for an editor about content that builds but reads badly. Files whose front matter does
 * not parse are left out: the build's own checks already report them.
 */
public final class EditorialReview {
  /** Longer headlines are cut in lists, feeds and search results. */
  static final int MAX_HEADLINE = 150;

  private final FrontMatterParser frontMatter = new FrontMatterParser();
  private final PhotoReview photos = new PhotoReview();
  private final DecomposedText decomposed;
  private final TonePlacement tones = new TonePlacement();
  private final LegacyEncodingDetector legacy = new LegacyEncodingDetector();

  /**
   * @param sourceDir the folder holding {@code content/}
   */
  public EditorialReview(Path sourceDir) {
    this.decomposed = new DecomposedText(sourceDir);
  }

  public List<Diagnostic> review(LoadedContent content) {
    List<Diagnostic> found = new ArrayList<>();
    Stream.concat(content.items().stream(), content.pages().stream())
        .forEach(
            source -> {
              decomposed.find(source).ifPresent(found::add);
              tones.find(source).ifPresent(found::add);
              legacy.find(source).ifPresent(found::add);
              frontMatter
                  .parse(source, new ArrayList<>())
                  .ifPresent(fm -> found.addAll(photos.withoutAlt(source, fm)));
            });
    for (SourceFile item : content.items()) {
      frontMatter
          .parse(item, new ArrayList<>())
          .ifPresent(fm -> found.addAll(itemFields(item, fm)));
    }
    found.addAll(photos.tooLarge(content.files()));
    return found;
  }

  private static List<Diagnostic> itemFields(SourceFile item, FrontMatter fm) {
    List<Diagnostic> found = new ArrayList<>();
    Optional<YamlScalar> summary = scalar(fm.fields(), "summary");
    if (summary.isEmpty() || summary.get().value().isBlank()) {
      found.add(
          Diagnostic.warning(item.path(), "item has no summary")
              .atLine(1, item.line(1))
              .withHint(
                  "add \"summary:\" with the lead paragraph; lists and feeds now show the start of the text"));
    }
    scalar(fm.fields(), "title")
        .map(t -> t.value().strip())
        .filter(t -> t.codePointCount(0, t.length()) > MAX_HEADLINE)
        .ifPresent(
            title -> {
              YamlScalar node = scalar(fm.fields(), "title").orElseThrow();
              int line = node.lineNumber() + fm.yamlLineOffset();
              found.add(
                  Diagnostic.warning(
                          item.path(),
                          "headline is "
                              + title.codePointCount(0, title.length())
                              + " characters long, over "
                              + MAX_HEADLINE)
                      .at(line, node.columnNumber(), 1, item.line(line))
                      .withHint(
                          "shorten it; long headlines are cut in lists, feeds and search results"));
            });
    return found;
  }

  private static Optional<YamlScalar> scalar(YamlMap map, String key) {
    return map.find(key)
        .map(YamlMap.Entry::value)
        .filter(YamlScalar.class::isInstance)
        .map(YamlScalar.class::cast)
        .filter(s -> !s.isNull());
  }
}
