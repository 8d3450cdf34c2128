package vn.bulletin.content;

import java.util.List;
import java.util.Optional;
import vn.bulletin.diagnostic.Diagnostic;
import vn.bulletin.yaml.YamlParser;
import vn.bulletin.yaml.YamlSyntaxException;

/** Splits a file at its {@code ---} lines and parses the header as safe YAML. */
public final class FrontMatterParser {
  private static final String FENCE = "---";

  private final YamlParser yaml = new YamlParser();

  /** The front matter, or empty with the reason added to {@code problems}. */
  public Optional<FrontMatter> parse(SourceFile source, List<Diagnostic> problems) {
    List<String> lines = source.lines();
    if (lines.isEmpty() || !lines.get(0).strip().equals(FENCE)) {
      problems.add(
          Diagnostic.error(source.path(), "front matter is missing")
              .at(1, 1, Math.max(1, source.line(1).length()), source.line(1))
              .withHint(
                  "start the file with a line \"---\", the fields (title:, date:, category:), and another \"---\""));
      return Optional.empty();
    }
    int closing = findClosingFence(lines);
    if (closing < 0) {
      problems.add(
          Diagnostic.error(source.path(), "front matter is not closed")
              .at(1, 1, 3, source.line(1))
              .withHint("end the fields with a line \"---\" before the text of the item"));
      return Optional.empty();
    }
    String header = String.join("\n", lines.subList(1, closing));
    String body = String.join("\n", lines.subList(closing + 1, lines.size()));
    try {
      return Optional.of(new FrontMatter(yaml.parseMap(header), 1, body, closing + 1));
    } catch (YamlSyntaxException e) {
      int line = e.lineNumber() > 0 ? e.lineNumber() + 1 : 1;
      problems.add(
          Diagnostic.error(source.path(), e.getMessage())
              .at(line, e.columnNumber(), 1, source.line(line)));
      return Optional.empty();
    }
  }

  private static int findClosingFence(List<String> lines) {
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.equals(FENCE) || line.equals("...")) {
        return i;
      }
    }
    return -1;
  }
}
