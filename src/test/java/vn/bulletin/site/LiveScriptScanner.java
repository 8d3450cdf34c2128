package vn.bulletin.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import vn.bulletin.testing.FileTrees;

/**
 * Scans a built site for script that content could have brought: script elements other than the
 * site's own {@code assets/site.js}, event attributes, {@code javascript:}, {@code vbscript:} and
 * {@code data:} URLs, embedded frames and objects. HTML pages, the HTML inside feeds, and SVG
 * files.
 */
final class LiveScriptScanner {
  private static final Set<String> URL_ATTRIBUTES =
      Set.of(
          "href",
          "src",
          "action",
          "formaction",
          "xlink:href",
          "poster",
          "data",
          "srcset",
          "background",
          "cite",
          "longdesc",
          "manifest",
          "content");
  private static final Set<String> EMBEDDING =
      Set.of("iframe", "frame", "object", "embed", "applet", "base", "form", "foreignobject");

  private LiveScriptScanner() {}

  /** One line per finding: {@code path: what}. */
  static List<String> scan(Path site) {
    List<String> findings = new ArrayList<>();
    Path root = realPath(site);
    for (String path : FileTrees.list(root)) {
      String name = path.toLowerCase(Locale.ROOT);
      if (name.endsWith(".html")) {
        scan(path, Jsoup.parse(read(root.resolve(path))), findings);
      } else if (name.endsWith(".svg")) {
        scan(path, Jsoup.parse(read(root.resolve(path)), "", Parser.xmlParser()), findings);
      } else if (name.endsWith(".xml")) {
        Document xml = Jsoup.parse(read(root.resolve(path)), "", Parser.xmlParser());
        scan(path, xml, findings);
        for (Element description : xml.select("description")) {
          scan(path + " <description>", Jsoup.parseBodyFragment(description.text()), findings);
        }
      }
    }
    return findings;
  }

  private static void scan(String path, Document doc, List<String> findings) {
    for (Element e : doc.getAllElements()) {
      String tag = e.tagName().toLowerCase(Locale.ROOT);
      if (tag.equals("script") && !isOwnScript(e)) {
        findings.add(path + ": <script> " + e.attributes() + " " + e.data());
      }
      if (EMBEDDING.contains(tag) && !isOwnSearchForm(e)) {
        findings.add(path + ": <" + tag + ">");
      }
      for (Attribute a : e.attributes()) {
        String key = a.getKey().toLowerCase(Locale.ROOT);
        String value = a.getValue().replaceAll("[\\s\\p{Cc}]", "").toLowerCase(Locale.ROOT);
        if (key.startsWith("on")) {
          findings.add(path + ": event attribute " + a);
        }
        boolean url = URL_ATTRIBUTES.contains(key) && (!key.equals("content") || isUrlMeta(e));
        if (url
            && (value.startsWith("javascript:")
                || value.startsWith("vbscript:")
                || value.startsWith("data:"))) {
          findings.add(path + ": " + a);
        }
      }
    }
  }

  // A meta's content is text (a description), except where it names an address or a redirect.
  private static boolean isUrlMeta(Element e) {
    String name = (e.attr("property") + e.attr("name")).toLowerCase(Locale.ROOT);
    return e.tagName().equals("meta")
        && (name.endsWith("url")
            || name.endsWith("image")
            || e.attr("http-equiv").equalsIgnoreCase("refresh"));
  }

  // The templates' own scripts: external files of the site's assets (content cannot add any),
  // nothing inline.
  private static boolean isOwnScript(Element e) {
    String src = e.attr("src");
    int slash = src.lastIndexOf('/');
    return src.substring(0, slash + 1).endsWith("assets/")
        && OWN_SCRIPTS.contains(src.substring(slash + 1))
        && e.data().isBlank();
  }

  // The header's search box: a form that asks the site's own search page.
  private static final java.util.Set<String> OWN_SCRIPTS = ownScripts();

  private static java.util.Set<String> ownScripts() {
    try (var list = java.nio.file.Files.list(Path.of("templates/assets"))) {
      return list.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".js"))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isOwnSearchForm(Element e) {
    return e.tagName().equals("form")
        && e.attr("action").endsWith("tim-kiem/")
        && e.select("input[type=password]").isEmpty();
  }

  private static Path realPath(Path site) {
    try {
      return site.toRealPath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
