package vn.bulletin.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import vn.bulletin.diagnostic.Diagnostic;

/**
 * Refuses SVG photos that hold script. A browser runs an SVG's scripts when the file is opened on
 * its own, with the site's origin, so one pasted from the web would be a hole in the site.
 */
final class SvgInspector {
  private SvgInspector() {}

  /** Why an SVG file cannot be published, if it is one that holds script. */
  static Optional<Diagnostic> findScript(Path file, String projectPath) {
    if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg")) {
      return Optional.empty();
    }
    for (Element e : Jsoup.parse(read(file), "", Parser.xmlParser()).getAllElements()) {
      String tag = e.tagName().toLowerCase(Locale.ROOT);
      if (tag.endsWith("script") || tag.endsWith("foreignobject")) {
        return Optional.of(refused(projectPath, "<" + e.tagName() + ">"));
      }
      for (Attribute a : e.attributes()) {
        String value = a.getValue().replaceAll("[\\s\\p{Cc}]", "").toLowerCase(Locale.ROOT);
        if (a.getKey().toLowerCase(Locale.ROOT).startsWith("on")
            || value.startsWith("javascript:")
            || value.startsWith("vbscript:")
            || value.startsWith("data:text")) {
          return Optional.of(refused(projectPath, a.getKey() + "=\"" + a.getValue() + "\""));
        }
      }
    }
    return Optional.empty();
  }

  private static Diagnostic refused(String projectPath, String what) {
    return Diagnostic.error(projectPath, "SVG photo holds script (" + what + ")")
        .withHint("export it again without scripts or events, or use a PNG or JPEG");
  }

  private static String read(Path file) {
    try {
      return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
