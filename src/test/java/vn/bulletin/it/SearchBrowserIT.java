package vn.bulletin.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import vn.bulletin.testing.Chromium;
import vn.bulletin.testing.ServedSite;

/** The search page of the sample site in headless Chromium, over the static index only. */
class SearchBrowserIT {
  static final String HAM_CAN = "tin-tuc-su-kien/ky-ket-ket-nghia-xa-ham-can/";

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

  private static String searchUrl(String query) {
    return server.uri() + "tim-kiem/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
  }

  // The status line is the live region; it is filled once the results are in the page.
  private static String awaitResults(WebDriver browser) {
    await(
        browser,
        b ->
            b.findElement(By.id("search-status"))
                .getText()
                .matches("(Tìm thấy|Không tìm thấy|Không tải).*"));
    return browser.findElement(By.id("search-status")).getText();
  }

  private static void await(WebDriver browser, Predicate<WebDriver> condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (!condition.test(browser)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "the search page did not get there within 15 s: " + browser.getCurrentUrl());
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  private static List<WebElement> hits(WebDriver browser) {
    return browser.findElements(By.cssSelector("#search-results li.search-hit"));
  }

  @Test
  void queryWithoutDiacriticsListsHamCanFirstWithTheWordsMarked() {
    try (Chromium chromium = Chromium.launch()) {
      WebDriver browser = chromium.driver();
      browser.get(searchUrl("ham can"));

      assertThat(awaitResults(browser)).startsWith("Tìm thấy");
      WebElement first = hits(browser).get(0);
      assertThat(first.findElement(By.cssSelector("h2 a")).getAttribute("href"))
          .isEqualTo(server.uri() + HAM_CAN);
      assertThat(first.findElements(By.tagName("mark")))
          .extracting(WebElement::getText)
          .contains("Hàm", "Cần");
      assertThat(first.findElement(By.cssSelector(".search-hit-meta")).getText())
          .isEqualTo("Thứ Năm, 19/09/2024 · Tin tức - Sự kiện");
      assertThat(browser.findElement(By.id("q")).getAttribute("value")).isEqualTo("ham can");
      assertThat(chromium.consoleErrors()).isEmpty();
    }
  }

  @Test
  void categoryFilterKeepsOnlyThatCategoryAndGoesIntoTheAddress() {
    try (Chromium chromium = Chromium.launch()) {
      WebDriver browser = chromium.driver();
      browser.get(searchUrl("xa"));
      awaitResults(browser);
      int all = hits(browser).size();

      browser.findElement(By.cssSelector("#search-category option[value='thong-bao']")).click();
      await(browser, b -> b.getCurrentUrl().contains("chuyen-muc=thong-bao"));
      awaitResults(browser);

      List<WebElement> filtered = hits(browser);
      assertThat(filtered).isNotEmpty().hasSizeLessThan(all);
      assertThat(filtered)
          .allSatisfy(
              h ->
                  assertThat(h.findElement(By.cssSelector(".search-hit-category")).getText())
                      .isEqualTo("Thông báo"));
      assertThat(chromium.consoleErrors()).isEmpty();
    }
  }

  @Test
  void documentsFilterFindsANoticeByItsNumberAndByTheTextOfItsPdf() {
    try (Chromium chromium = Chromium.launch()) {
      WebDriver browser = chromium.driver();
      for (String query : List.of("417/TB-TU", "thong nhat chu truong ket nghia")) {
        browser.get(searchUrl(query) + "&chuyen-muc=van-ban");
        assertThat(awaitResults(browser)).as(query).startsWith("Tìm thấy");
        assertThat(browser.findElement(By.id("search-category")).getAttribute("value"))
            .isEqualTo("van-ban");
        List<WebElement> found = hits(browser);
        assertThat(found.get(0).findElement(By.cssSelector("h2 a")).getAttribute("href"))
            .isEqualTo(server.uri() + "van-ban/thong-bao-417-tb-tu/");
        assertThat(found)
            .allSatisfy(
                h ->
                    assertThat(h.findElement(By.cssSelector(".search-hit-category")).getText())
                        .isEqualTo("Văn bản"));
      }
      assertThat(chromium.consoleErrors()).isEmpty();
    }
  }

  @Test
  void markupInTheQueryStaysText() {
    String attack = "\"><img src=x onerror=alert(1)>";
    try (Chromium chromium = Chromium.launch()) {
      WebDriver browser = chromium.driver();
      browser.get(searchUrl(attack));

      String status = awaitResults(browser);
      assertThat(status).contains("“" + attack + "”");
      assertThat(browser.findElements(By.cssSelector("main img"))).isEmpty();
      assertThat(browser.findElement(By.id("q")).getAttribute("value")).isEqualTo(attack);
      assertThat(chromium.consoleErrors()).isEmpty();
    }
  }

  @Test
  void typingSearchesWithTheLastWordAsAPrefix() {
    try (Chromium chromium = Chromium.launch()) {
      WebDriver browser = chromium.driver();
      browser.get(server.uri() + "tim-kiem/");
      browser.findElement(By.id("q")).sendKeys("thanh lo");

      assertThat(awaitResults(browser)).startsWith("Tìm thấy");
      assertThat(hits(browser).get(0).findElements(By.tagName("mark")))
          .extracting(WebElement::getText)
          .anyMatch(w -> w.equalsIgnoreCase("long"));
      assertThat(browser.getCurrentUrl()).endsWith("?q=thanh+lo");
    }
  }

  @Test
  void headerSearchBoxLeadsToTheSearchPage() {
    try (Chromium chromium = Chromium.launch()) {
      WebDriver browser = chromium.driver();
      browser.get(server.uri() + HAM_CAN);
      WebElement box = browser.findElement(By.id("q-header"));
      box.sendKeys("Hàm Cần");
      box.submit();

      assertThat(awaitResults(browser)).startsWith("Tìm thấy");
      assertThat(browser.getCurrentUrl()).startsWith(server.uri() + "tim-kiem/?q=");
      assertThat(hits(browser).get(0).findElement(By.cssSelector("h2 a")).getAttribute("href"))
          .isEqualTo(server.uri() + HAM_CAN);
    }
  }
}
