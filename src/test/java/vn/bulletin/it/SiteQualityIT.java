package vn.bulletin.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bulletin.testing.FileTrees;
import vn.bulletin.testing.Services;

/**
 * The sample site checked as a whole: valid HTML, well-formed feeds, no broken links, light pages.
 */
class SiteQualityIT {
  @TempDir static Path dir;
  static Path site;

  @BeforeAll
  static void buildSample() throws Exception {
    site = SampleSite.build(dir);
  }

  private static List<String> htmlFiles() {
    return FileTrees.list(site).stream().filter(f -> f.endsWith(".html")).toList();
  }

  @Test
  void everyPageIsValidHtml() throws Exception {
    Path vnu = SampleSite.nodeModule("vnu-jar/build/dist/vnu.jar");
    Services.require(Files.isRegularFile(vnu), "the Nu Html Checker (npm ci installs vnu-jar)");
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                vnu.toString(),
                "--errors-only",
                "--also-check-css",
                "--also-check-svg",
                "--format",
                "text"));
    htmlFiles().forEach(f -> command.add(site.resolve(f).toString()));
    FileTrees.list(site).stream()
        .filter(f -> f.endsWith(".css") || f.endsWith(".svg"))
        .forEach(f -> command.add(site.resolve(f).toString()));
    Path report = dir.resolve("vnu.txt");
    Process vnuRun =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(report.toFile())
            .start();
    assertThat(vnuRun.waitFor(120, TimeUnit.SECONDS)).isTrue();

    assertThat(Files.readString(report))
        .as("checked %d pages, their stylesheets and photos", htmlFiles().size())
        .isEqualToIgnoringNewLines("Document checking completed. No errors found.");
    assertThat(vnuRun.exitValue()).isZero();
  }

  @Test
  void feedsAndSitemapAreWellFormedXml() throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    List<String> xml = FileTrees.list(site).stream().filter(f -> f.endsWith(".xml")).toList();
    assertThat(xml).contains("rss.xml", "sitemap.xml", "tin-tuc-su-kien/rss.xml");
    for (String file : xml) {
      var root =
          factory.newDocumentBuilder().parse(site.resolve(file).toFile()).getDocumentElement();
      assertThat(root.getTagName()).as(file).isIn("rss", "urlset");
    }
  }

  @Test
  void everyInternalLinkPhotoStylesheetAndScriptIsPresent() throws IOException {
    List<String> broken = new ArrayList<>();
    int checked = 0;
    for (String file : htmlFiles()) {
      Document page = Jsoup.parse(site.resolve(file).toFile(), "UTF-8", "http://site.test/" + file);
      for (Element e : page.select("a[href], link[href], img[src], script[src], form[action]")) {
        String attribute = e.hasAttr("href") ? "href" : e.hasAttr("src") ? "src" : "action";
        String url = e.absUrl(attribute);
        if (!url.startsWith("http://site.test/") || file.equals("404.html")) {
          continue;
        }
        checked++;
        String path = url.substring("http://site.test/".length()).replaceAll("[?#].*$", "");
        boolean isSearch = path.equals("tim-kiem/");
        if (!isSearch && !exists(path)) {
          broken.add(file + " → " + e.attr(attribute));
        }
      }
    }
    assertThat(checked).isGreaterThan(500);
    assertThat(broken).isEmpty();
  }

  private static boolean exists(String path) {
    Path target = site.resolve(path);
    return Files.isRegularFile(target) || Files.isRegularFile(target.resolve("index.html"));
  }

  @Test
  void articlePageWithItsStylesAndScriptsIsLight() throws IOException {
    String article = "tin-tuc-su-kien/ky-ket-ket-nghia-xa-ham-can/index.html";
    Document page =
        Jsoup.parse(site.resolve(article).toFile(), "UTF-8", "http://site.test/" + article);
    long bytes = Files.size(site.resolve(article));
    for (Element e : page.select("link[rel=stylesheet], script[src]")) {
      String url = e.absUrl(e.hasAttr("href") ? "href" : "src");
      bytes += Files.size(site.resolve(url.substring("http://site.test/".length())));
    }
    assertThat(bytes).as("HTML, CSS and JS of an article").isLessThanOrEqualTo(100 * 1024);
  }

  @Test
  void pagesLoadNothingFromOtherHostsAndPhotosDoNotShiftTheLayout() throws IOException {
    for (String file : htmlFiles()) {
      String html = Files.readString(site.resolve(file), StandardCharsets.UTF_8);
      Document page = Jsoup.parse(html);
      for (Element e : page.select("link[href], script[src], img[src], iframe, source[src]")) {
        String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
        boolean canonicalOrFeed =
            e.tagName().equals("link") && e.attr("rel").matches("canonical|alternate");
        assertThat(canonicalOrFeed || !url.matches("(?i)^(https?:)?//.*"))
            .as(file + ": " + url)
            .isTrue();
      }
      for (Element img : page.select("main img")) {
        assertThat(img.attr("width")).as(file + ": width of " + img.attr("src")).isNotEmpty();
        assertThat(img.attr("height")).as(file + ": height of " + img.attr("src")).isNotEmpty();
        // The home page's lead photo is the first thing a visitor sees: it loads at once, the rest
        // lazily.
        boolean lead = img.parent() != null && img.parent().hasClass("card-lead");
        assertThat(img.attr("loading"))
            .as(file + ": loading of " + img.attr("src"))
            .isEqualTo(lead ? "" : "lazy");
      }
    }
  }
}
