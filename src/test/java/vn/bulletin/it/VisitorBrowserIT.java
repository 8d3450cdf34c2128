package vn.bulletin.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import vn.bulletin.testing.Chromium;
import vn.bulletin.testing.ServedSite;
import vn.bulletin.testing.Services;

/** The sample site in headless Chromium, as a visitor on a desktop or a 360 px phone meets it. */
class VisitorBrowserIT {
  @TempDir static Path dir;
  static ServedSite server;

  @BeforeAll
  static void serveSample() throws Exception {
    SampleSite.build(dir);
    server = ServedSite.serve(dir);
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  private static String url(String sitePath) {
    return server.uri() + sitePath;
  }

  @Test
  void visitorNavigatesHomeCategoryArticleTagAndBack() {
    try (Chromium chromium = Chromium.launch()) {
      WebDriver browser = chromium.driver();
      browser.get(url(""));
      browser
          .findElement(By.cssSelector("nav[aria-label='Chuyên mục'] a[href$='tin-tuc-su-kien/']"))
          .click();
      assertThat(browser.getCurrentUrl()).isEqualTo(url("tin-tuc-su-kien/"));
      assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Tin tức - Sự kiện");

      browser
          .findElement(By.cssSelector("main .card-title a[href$='ky-ket-ket-nghia-xa-ham-can/']"))
          .click();
      assertThat(browser.findElement(By.tagName("h1")).getText())
          .isEqualTo("Tăng cường kết nghĩa giữa cơ quan, đơn vị với xã đồng bào dân tộc thiểu số");
      assertThat(browser.findElement(By.tagName("time")).getText())
          .isEqualTo("Thứ Năm, 19/09/2024");

      browser.findElement(By.cssSelector("a[rel='tag'][href$='the/ham-can/']")).click();
      assertThat(browser.getCurrentUrl()).isEqualTo(url("the/ham-can/"));
      assertThat(
              browser.findElements(By.cssSelector("main a[href$='ky-ket-ket-nghia-xa-ham-can/']")))
          .isNotEmpty();

      browser.navigate().back();
      assertThat(browser.getCurrentUrl())
          .isEqualTo(url("tin-tuc-su-kien/ky-ket-ket-nghia-xa-ham-can/"));
      assertThat(chromium.consoleErrors()).isEmpty();
    }
  }

  @Test
  void printButtonPrintsWithThePrintStylesheet() {
    try (Chromium chromium = Chromium.launch()) {
      ChromeDriver browser = chromium.driver();
      browser.get(url("tin-tuc-su-kien/ky-ket-ket-nghia-xa-ham-can/"));
      browser.executeScript(
          "window.printCalls = 0; window.print = () => { window.printCalls++; };");

      browser.findElement(By.cssSelector("button[data-print]")).click();
      assertThat(browser.executeScript("return window.printCalls;")).isEqualTo(1L);

      browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
      assertThat(display(browser, "nav[aria-label='Chuyên mục']")).isEqualTo("none");
      assertThat(display(browser, "button[data-print]")).isEqualTo("none");
      assertThat(display(browser, ".print-source")).isNotEqualTo("none");
      assertThat(browser.findElement(By.cssSelector(".print-source")).getText())
          .contains("https://bantin.example.gov.vn/tin-tuc-su-kien/ky-ket-ket-nghia-xa-ham-can/")
          .contains("Thứ Năm, 19/09/2024");
    }
  }

  private static Object display(ChromeDriver browser, String selector) {
    return browser.executeScript(
        "return getComputedStyle(document.querySelector(arguments[0])).display;", selector);
  }

  @Test
  void noPageLogsConsoleErrors() {
    try (Chromium chromium = Chromium.launch()) {
      List<String> errors = new ArrayList<>();
      for (String page : withNotFound()) {
        chromium.driver().get(url(page));
        // The 404 page is served with status 404, which Chromium logs for the document itself.
        String ownStatus =
            url(page) + " - Failed to load resource: the server responded with a status of 404";
        chromium.consoleErrors().stream()
            .filter(e -> !e.startsWith(ownStatus) || SampleSite.PAGE_KINDS.contains(page))
            .forEach(e -> errors.add(page + ": " + e));
      }
      assertThat(errors).isEmpty();
    }
  }

  @Test
  void nothingScrollsSidewaysOnA360PixelPhone() {
    try (Chromium chromium = Chromium.launch(360, 800)) {
      ChromeDriver browser = chromium.driver();
      browser.executeCdpCommand(
          "Emulation.setDeviceMetricsOverride",
          Map.of("width", 360, "height", 800, "deviceScaleFactor", 1, "mobile", true));
      for (String page : withNotFound()) {
        browser.get(url(page));
        Object overflow =
            browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue())
            .as("sideways overflow of /%s", page)
            .isLessThanOrEqualTo(0);
      }
    }
  }

  @Test
  void axeFindsNoSeriousOrCriticalViolations() throws Exception {
    Path axe = SampleSite.nodeModule("axe-core/axe.min.js");
    Services.require(Files.isRegularFile(axe), "axe-core (npm ci installs it)");
    String axeSource = Files.readString(axe);
    try (Chromium chromium = Chromium.launch()) {
      List<Object> violations = new ArrayList<>();
      for (String page : withNotFound()) {
        chromium.driver().get(url(page));
        chromium.driver().executeScript(axeSource);
        Object found =
            chromium
                .driver()
                .executeAsyncScript(
                    """
            const done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations']})
              .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))))
              .catch(e => done(['axe failed: ' + e]));
            """);
        ((List<?>) found).forEach(v -> violations.add("/" + page + " " + v));
      }
      assertThat(violations).isEmpty();
    }
  }

  private static List<String> withNotFound() {
    List<String> pages = new ArrayList<>(SampleSite.PAGE_KINDS);
    pages.add("khong-co-trang-nay/");
    return pages;
  }

  /**
   * Full-page pictures of the main pages, in target/screenshots or where {@code
   * -Dbulletin.screenshots} says (the README's are made with {@code
   * -Dbulletin.screenshots=$PWD/docs/screenshots}).
   */
  @Test
  void screenshotsOfThePagesForTheReadme() throws Exception {
    Path out = Path.of(System.getProperty("bulletin.screenshots", "target/screenshots"));
    Files.createDirectories(out);
    Map<String, String> pages =
        Map.of(
            "home",
            "",
            "article",
            "tin-tuc-su-kien/ky-ket-ket-nghia-xa-ham-can/",
            "category",
            "tin-tuc-su-kien/",
            "search",
            "tim-kiem/?q=ham%20can");
    for (int width : new int[] {1280, 360}) {
      try (Chromium chromium = Chromium.launch(width, 900)) {
        ChromeDriver browser = chromium.driver();
        browser.executeCdpCommand(
            "Emulation.setDeviceMetricsOverride",
            Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 600));
        for (var page : new java.util.TreeMap<>(pages).entrySet()) {
          browser.get(url(page.getValue()));
          waitForSearchResults(browser);
          loadEveryPhoto(browser);
          Object shot =
              browser
                  .executeCdpCommand(
                      "Page.captureScreenshot",
                      Map.of("format", "png", "captureBeyondViewport", true))
                  .get("data");
          Path png = out.resolve(page.getKey() + "-" + width + ".png");
          Files.write(png, java.util.Base64.getDecoder().decode((String) shot));
          assertThat(Files.size(png)).as(png.toString()).isGreaterThan(10_000);
        }
      }
    }
  }

  // A full-page picture is taken without scrolling, so photos below the fold would stay unloaded.
  private static void loadEveryPhoto(ChromeDriver browser) {
    browser.executeAsyncScript(
        """
        const done = arguments[arguments.length - 1];
        const photos = [...document.images];
        photos.forEach(img => { img.loading = 'eager'; });
        Promise.all(photos.map(img => img.decode().catch(() => null))).then(() => done(null));
        """);
  }

  // The search page fills its results after fetching the index; a picture taken before shows none.
  private static void waitForSearchResults(ChromeDriver browser) throws InterruptedException {
    for (int i = 0; i < 50; i++) {
      Object found =
          browser.executeScript(
              "const r = document.getElementById('search-results'); return r === null || r.children.length > 0;");
      if (Boolean.TRUE.equals(found)) {
        return;
      }
      Thread.sleep(100);
    }
  }
}
