package vn.bulletin.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.bulletin.testing.Chromium;
import vn.bulletin.testing.StaticServer;

/**
 * The "Lượt truy cập" widget in headless Chromium from Debian, on a site built and served by the
 * shipped jar: one visit per browser session, numbers as 832.882, and a block that hides itself
 * when the service cannot be reached.
 */
class CounterWidgetIT {
  private static final String ARTICLE = "tin-tuc-su-kien/ham-can/";
  private static final String ITEM =
      """
      ---
      title: "Lễ ký kết kết nghĩa tại xã Hàm Cần"
      date: 2024-09-19T09:00:00+07:00
      category: "Tin tức - Sự kiện"
      ---

      Sáng 19/9, xã Hàm Cần tổ chức lễ ký kết kết nghĩa.
      """;

  @TempDir Path dir;

  @Test
  void countsOncePerSessionAndShowsVietnameseNumbers() throws Exception {
    buildSite("");
    CounterProcess service = CounterProcess.start("serve", dir, dir.resolve("errors.txt"));
    try (Chromium chromium = Chromium.launch()) {
      browseAsAPerson(chromium);
      chromium.driver().get(service.uri.resolve(ARTICLE).toString());
      WebElement details = awaitFilled(chromium);
      assertThat(text(chromium, "[data-counter-total]")).isEqualTo("832.882");
      assertThat(text(chromium, "[data-counter-today]")).isEqualTo("1");
      assertThat(text(chromium, "[data-counter-month]")).isEqualTo("1");
      assertThat(text(chromium, "[data-counter-online]")).isEqualTo("1");
      assertThat(text(chromium, "[data-counter-views-value]")).isEqualTo("1");
      assertThat(details.isDisplayed()).isTrue();

      chromium.driver().get(service.uri.toString());
      awaitFilled(chromium);
      chromium.driver().navigate().refresh();
      awaitFilled(chromium);
      chromium.driver().get(service.uri.resolve(ARTICLE).toString());
      awaitFilled(chromium);

      assertThat(text(chromium, "[data-counter-total]"))
          .as("later pages of the session only read")
          .isEqualTo("832.882");
      assertThat(chromium.consoleErrors()).isEmpty();
      assertThat(cookies(chromium)).isEmpty();
    } finally {
      service.process.destroy();
      service.process.waitFor();
    }
  }

  @Test
  void withoutTheServiceTheBlockHidesAndThePageStillWorks() throws Exception {
    buildSite("");
    try (StaticServer host = StaticServer.serve(dir.resolve("site").toRealPath());
        Chromium chromium = Chromium.launch()) {
      browseAsAPerson(chromium);
      chromium.driver().get(host.uri().resolve(ARTICLE).toString());

      await(
          () ->
              chromium.driver().findElement(By.cssSelector("[data-counter]")).isDisplayed()
                  ? null
                  : true);
      assertThat(chromium.driver().findElement(By.cssSelector("h1")).getText())
          .isEqualTo("Lễ ký kết kết nghĩa tại xã Hàm Cần");
      assertThat(
              chromium.driver().findElement(By.cssSelector("[data-counter-views]")).isDisplayed())
          .isFalse();
      assertThat(scriptErrors(chromium, "/api/visits")).isEmpty();
    }
  }

  @Test
  void anUnreachableEndpointHidesTheBlockToo() throws Exception {
    // Port 9 (discard) has no listener here: the connection is refused at once.
    buildSite("  endpoint: \"http://127.0.0.1:9/api/visits\"\n");
    try (StaticServer host = StaticServer.serve(dir.resolve("site").toRealPath());
        Chromium chromium = Chromium.launch()) {
      browseAsAPerson(chromium);
      chromium.driver().get(host.uri().toString());

      await(
          () ->
              chromium.driver().findElement(By.cssSelector("[data-counter]")).isDisplayed()
                  ? null
                  : true);
      assertThat(scriptErrors(chromium, "127.0.0.1:9/api/visits")).isEmpty();
    }
  }

  private void buildSite(String counterSettings) throws Exception {
    Files.writeString(
        dir.resolve("bulletin.yaml"),
        """
        site:
          name: "Bản tin thử"
          base-url: "https://bantin.example.gov.vn/"
        categories:
          - name: "Tin tức - Sự kiện"
        counter:
          initial-total: 832881
        """
            + counterSettings);
    Path item = dir.resolve("content/tin-tuc/ham-can.md");
    Files.createDirectories(item.getParent());
    Files.writeString(item, ITEM);
    JarRunner.Result build = JarRunner.run(dir, "build", "--clock", "2024-10-01T00:00:00Z");
    assertThat(build.exitCode()).as(build.err()).isZero();
  }

  /**
   * Headless Chromium says so in its User-Agent, and the counter rightly skips it: browse as a
   * person.
   */
  private static void browseAsAPerson(Chromium chromium) {
    chromium.driver().executeCdpCommand("Network.enable", Map.of());
    chromium
        .driver()
        .executeCdpCommand(
            "Network.setUserAgentOverride", Map.of("userAgent", CounterProcess.BROWSER));
  }

  private static WebElement awaitFilled(Chromium chromium) {
    return await(
        () -> {
          WebElement details =
              chromium.driver().findElement(By.cssSelector("[data-counter-details]"));
          return details.isDisplayed() ? details : null;
        });
  }

  /** Polls until the page's script has answered (the widget gives up after 5 s itself). */
  private static <T> T await(Supplier<T> condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (System.nanoTime() < deadline) {
      T value = condition.get();
      if (value != null) {
        return value;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    throw new AssertionError("the counter widget did not settle within 15 s");
  }

  private static String text(Chromium chromium, String selector) {
    return chromium.driver().findElement(By.cssSelector(selector)).getText();
  }

  private static List<?> cookies(Chromium chromium) {
    return List.copyOf(chromium.driver().manage().getCookies());
  }

  /**
   * Console errors other than the browser's own line about the failed request, which Chromium logs
   * for any failed fetch and no script can silence: the widget itself must throw and log nothing.
   */
  private static List<String> scriptErrors(Chromium chromium, String endpoint) {
    return chromium.consoleErrors().stream().filter(m -> !m.contains(endpoint)).toList();
  }
}
