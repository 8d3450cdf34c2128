package vn.bulletin.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import vn.bulletin.content.SourceFile;
import vn.bulletin.diagnostic.Diagnostic;

/**
 * Finds files saved in decomposed Unicode (NFD: "a" followed by a combining accent), as macOS and
 * some converters write them. The loader composes the text, so the site is right, but other tools
 * the editor uses (search in an editor, diff, grep) see different letters; the file itself is read
 * again here, since the loaded text is already composed.
 */
final class DecomposedText {
  private final Path sourceDir;

  DecomposedText(Path sourceDir) {
    this.sourceDir = sourceDir;
  }

  Optional<Diagnostic> find(SourceFile source) {
    List<String> raw = rawLines(sourceDir.resolve(source.path()));
    for (int i = 0; i < raw.size(); i++) {
      String line = raw.get(i);
      if (Normalizer.isNormalized(line, Normalizer.Form.NFC)) {
        continue;
      }
      int mark = firstMark(line);
      // The column is that of the composed letter in the line as the build shows it.
      String before =
          Normalizer.normalize(line.substring(0, Math.max(0, mark - 1)), Normalizer.Form.NFC);
      int column = before.codePointCount(0, before.length()) + 1;
      return Optional.of(
          Diagnostic.warning(source.path(), "text is in decomposed Unicode (NFD)")
              .at(i + 1, column, 1, source.line(i + 1))
              .withHint(
                  "the build composes it, but other tools may not: save the file as composed Unicode (NFC)"));
    }
    return Optional.empty();
  }

  private static int firstMark(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (Character.getType(line.charAt(i)) == Character.NON_SPACING_MARK) {
        return i;
      }
    }
    return 0;
  }

  private static List<String> rawLines(Path file) {
    try {
      String text =
          new String(Files.readAllBytes(file), StandardCharsets.UTF_8).replace("\uFEFF", "");
      return text.replace("\r\n", "\n").replace('\r', '\n').lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
