package vn.bulletin.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import vn.bulletin.testing.Chromium;
import vn.bulletin.testing.FileTrees;

/**
 * The live preview as an editor meets it: the shipped jar runs {@code serve --watch} on a copy of
 * the sample site, headless Chromium shows an article, and saving its Markdown reloads the page or
 * shows the build's errors over the last good page.
 */
class LivePreviewIT {
  private static final String ITEM = "content/tin-tuc-su-kien/ky-ket-ket-nghia-xa-ham-can/index.md";
  private static final String ARTICLE = "tin-tuc-su-kien/ky-ket-ket-nghia-xa-ham-can/";
  private static final String TITLE =
      "Tăng cường kết nghĩa giữa cơ quan, đơn vị với xã đồng bào dân tộc thiểu số";
  private static final String NEW_TITLE = TITLE + " (bản sửa)";
  private static final String CLOCK = "2026-11-28T00:00:00Z";

  /** A rebuild of the sample takes about a second; a loaded two-core machine may take many more. */
  private static final Duration SETTLE = Duration.ofSeconds(60);

  private static final String OVERLAY_TEXT =
      """
      const o = document.getElementById("bulletin-live-overlay");
      return o && o.shadowRoot && o.getBoundingClientRect().height > 0 ? o.shadowRoot.textContent : null;""";

  @TempDir Path dir;

  @Test
  void savesReloadTheOpenPageAndAFailedBuildShowsItsErrorsOverTheLastGoodPage() throws Exception {
    copySample();
    try (Chromium chromium = Chromium.launch();
        PreviewProcess preview =
            PreviewProcess.start(dir, dir.resolve("errors.txt"), "--clock", CLOCK)) {
      ChromeDriver browser = chromium.driver();
      browser.get(preview.uri + ARTICLE);
      assertThat(heading(browser)).isEqualTo(TITLE);

      markPage(browser);
      replaceLine("title:", "title: \"" + NEW_TITLE + "\"");
      await(
          "the page to reload with the new title",
          () -> NEW_TITLE.equals(heading(browser)) ? true : null);
      assertThat(pageIsMarked(browser)).as("the page reloaded").isFalse();
      assertThat(
              preview.awaitLine(
                  Pattern.compile(
                      "^rebuilt in \\d+\\.\\d\\d s: 1 file changed \\("
                          + Pattern.quote(ITEM)
                          + "\\); \\d+ site files updated$"),
                  SETTLE))
          .isPresent();

      markPage(browser);
      int line = replaceLine("date:", "date: \"thứ Năm\"");
      String overlay = await("the overlay", () -> (String) browser.executeScript(OVERLAY_TEXT));
      assertThat(overlay)
          .contains(ITEM + ":" + line + ":7: error: date \"thứ Năm\" is not an ISO 8601 date")
          .contains("the last good site is still served.");
      assertThat(pageIsMarked(browser)).as("the page stayed").isTrue();
      assertThat(heading(browser)).isEqualTo(NEW_TITLE);
      assertThat(fetch(preview, ARTICLE))
          .as("the last good page is still served")
          .contains(NEW_TITLE);
      assertThat(preview.errors()).contains(ITEM + ":" + line + ":7: error:");

      browser.get(preview.uri + ARTICLE);
      assertThat(
              await(
                  "the overlay on a page opened while the build is broken",
                  () -> (String) browser.executeScript(OVERLAY_TEXT)))
          .contains(ITEM + ":" + line + ":7:");

      markPage(browser);
      replaceLine("date:", "date: 2024-09-19T09:00:00+07:00");
      await("the overlay to go with a reload", () -> !pageIsMarked(browser) ? true : null);
      assertThat(browser.executeScript(OVERLAY_TEXT)).isNull();
      assertThat(heading(browser)).isEqualTo(NEW_TITLE);
      assertThat(chromium.consoleErrors()).isEmpty();
    }
    assertThat(filesHolding("_bulletin", dir.resolve("site").toRealPath()))
        .as("site files with the live script")
        .isEmpty();
  }

  @Test
  void withoutWatchPagesComeAsBuiltAndThereIsNoLiveEndpoint() throws Exception {
    copySample();
    JarRunner.Result build = JarRunner.run(dir, "build", "--clock", CLOCK);
    assertThat(build.exitCode()).as(build.err()).isZero();
    CounterProcess service = CounterProcess.start("serve", dir, dir.resolve("errors.txt"));
    try {
      HttpClient http = HttpClient.newHttpClient();
      String page =
          http.send(
                  HttpRequest.newBuilder(service.uri.resolve(ARTICLE)).build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      assertThat(page)
          .isEqualTo(Files.readString(dir.resolve("site").resolve(ARTICLE).resolve("index.html")))
          .doesNotContain("_bulletin");
      for (String endpoint : List.of("_bulletin/live", "_bulletin/live.js")) {
        assertThat(
                http.send(
                        HttpRequest.newBuilder(service.uri.resolve(endpoint)).build(),
                        HttpResponse.BodyHandlers.discarding())
                    .statusCode())
            .as(endpoint)
            .isEqualTo(404);
      }
    } finally {
      service.process.destroy();
      service.process.waitFor();
    }
  }

  private void copySample() throws Exception {
    FileTrees.copy(Path.of("content"), dir.resolve("content"));
    FileTrees.copy(Path.of("templates"), dir.resolve("templates"));
    Files.copy(Path.of("bulletin.yaml"), dir.resolve("bulletin.yaml"));
  }

  /**
   * Saves the item with its first line starting with {@code prefix} replaced, as an editor would;
   * its 1-based number.
   */
  private int replaceLine(String prefix, String replacement) throws Exception {
    Path item = dir.resolve(ITEM);
    List<String> lines = new ArrayList<>(Files.readAllLines(item, StandardCharsets.UTF_8));
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(prefix)) {
        lines.set(i, replacement);
        Files.writeString(item, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return i + 1;
      }
    }
    throw new AssertionError(ITEM + " has no line starting with " + prefix);
  }

  private static String heading(ChromeDriver browser) {
    return browser.findElement(By.tagName("h1")).getText();
  }

  /** A mark that a reload wipes out. */
  private static void markPage(ChromeDriver browser) {
    browser.executeScript("window.bulletinTestMark = true;");
  }

  private static boolean pageIsMarked(ChromeDriver browser) {
    return Boolean.TRUE.equals(browser.executeScript("return window.bulletinTestMark === true;"));
  }

  private static String fetch(PreviewProcess preview, String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(preview.uri.resolve(path)).build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  private static List<String> filesHolding(String text, Path site) {
    return FileTrees.list(site).stream()
        .filter(
            path -> {
              try {
                return new String(
                        Files.readAllBytes(site.resolve(path)), StandardCharsets.ISO_8859_1)
                    .contains(text);
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            })
        .toList();
  }

  /**
   * Polls until {@code condition} gives a value; a page that is reloading may briefly answer
   * nothing.
   */
  private static <T> T await(String what, Supplier<T> condition) throws InterruptedException {
    long deadline = System.nanoTime() + SETTLE.toNanos();
    while (System.nanoTime() < deadline) {
      try {
        T value = condition.get();
        if (value != null) {
          return value;
        }
      } catch (org.openqa.selenium.WebDriverException e) {
        // The document was replaced between two commands: look again.
      }
      Thread.sleep(50);
    }
    throw new AssertionError("waited " + SETTLE.toSeconds() + " s for " + what);
  }
}
