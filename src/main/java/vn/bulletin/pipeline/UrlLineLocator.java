package vn.bulletin.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import vn.bulletin.content.FrontMatter;
import vn.bulletin.content.FrontMatterParser;
import vn.bulletin.content.SourceFile;
import vn.bulletin.diagnostic.Diagnostic;
import vn.bulletin.yaml.FieldReader;
import vn.bulletin.yaml.YamlMap;
import vn.bulletin.yaml.YamlNode;
import vn.bulletin.yaml.YamlScalar;

/**
 * Points the plan's problems, which concern URLs, at the line of each Markdown file its URL comes
 * from: the value of its {@code slug:} field, or line 1 when the URL comes from the file name. A
 * problem the plan already placed at a column (a document number) gets that line's text quoted.
 */
final class UrlLineLocator {
  private final Function<String, Optional<SourceFile>> sources;
  private final FrontMatterParser frontMatter = new FrontMatterParser();

  /**
   * @param sources the Markdown files by project path, read again to find the line
   */
  UrlLineLocator(Function<String, Optional<SourceFile>> sources) {
    this.sources = sources;
  }

  List<Diagnostic> locate(List<Diagnostic> problems) {
    List<Diagnostic> located = new ArrayList<>(problems.size());
    problems.forEach(
        d ->
            located.add(
                d.lineNumber() > 0
                    ? quote(d)
                    : sources.apply(d.path()).map(s -> locate(s, d)).orElse(d)));
    return located;
  }

  private Diagnostic quote(Diagnostic d) {
    if (d.columnNumber() == 0 || !d.sourceLine().isEmpty()) {
      return d;
    }
    return sources
        .apply(d.path())
        .map(
            s ->
                d.at(
                    d.lineNumber(),
                    d.columnNumber(),
                    width(s.line(d.lineNumber()), d),
                    s.line(d.lineNumber())))
        .orElse(d);
  }

  // A quoted value is underlined with its quotes, as the parse stage's messages do.
  private static int width(String line, Diagnostic d) {
    int at = d.columnNumber() - 1;
    boolean quoted =
        at >= 0 && at < line.length() && (line.charAt(at) == '"' || line.charAt(at) == '\'');
    return d.width() + (quoted ? 2 : 0);
  }

  private Diagnostic locate(SourceFile source, Diagnostic d) {
    Optional<FrontMatter> fm = frontMatter.parse(source, new ArrayList<>());
    Optional<YamlNode> slug =
        fm.flatMap(f -> f.fields().find("slug"))
            .map(YamlMap.Entry::value)
            .filter(v -> !(v instanceof YamlScalar s && s.isNull()));
    if (slug.isEmpty()) {
      return d.atLine(1, source.line(1));
    }
    FieldReader fields = new FieldReader(source.path(), fm.get().yamlLineOffset(), source::line);
    Diagnostic atSlug = fields.error(slug.get(), d.message()).withHint(d.hint());
    return d.isError() ? atSlug : atSlug.asWarning();
  }
}
