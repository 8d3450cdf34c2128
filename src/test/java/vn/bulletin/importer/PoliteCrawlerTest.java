package vn.bulletin.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PoliteCrawlerTest {
  private static final CrawlPace FAST =
      new CrawlPace(Duration.ofMillis(30), 3, Duration.ofMillis(10), Duration.ofSeconds(5));
  private final PortalServer portal = new PortalServer();
  private final PoliteCrawler crawler = new PoliteCrawler(FAST);

  @AfterEach
  void stop() {
    portal.close();
  }

  @Test
  void pageThatFailsTwiceIsFetchedOnTheThirdTry() throws Exception {
    portal.flaky("/news/a.html", 2, "<h1>A</h1>");

    Fetched fetched = crawler.fetch(portal.uri("/news/a.html"));

    assertThat(new String(fetched.body(), StandardCharsets.UTF_8)).isEqualTo("<h1>A</h1>");
    assertThat(portal.requests())
        .extracting(PortalServer.Request::pathAndQuery)
        .containsExactly("/robots.txt", "/news/a.html", "/news/a.html", "/news/a.html");
  }

  @Test
  void pageThatKeepsFailingIsReportedWithEveryAttempt() {
    portal.flaky("/news/b.html", 10, "<h1>B</h1>");

    assertThatThrownBy(() -> crawler.fetch(portal.uri("/news/b.html")))
        .isInstanceOf(FetchFailure.class)
        .hasMessage(
            portal.uri("/news/b.html")
                + " failed 4 times (HTTP 500, HTTP 500, HTTP 500, HTTP 500)");
  }

  @Test
  void redirectLoopIsStopped() {
    portal.redirect("/a", "/b").redirect("/b", "/a");

    assertThatThrownBy(() -> crawler.fetch(portal.uri("/a")))
        .isInstanceOf(FetchFailure.class)
        .hasMessage(
            "redirect loop: "
                + portal.uri("/a")
                + " -> "
                + portal.uri("/b")
                + " -> "
                + portal.uri("/a"));
  }

  @Test
  void redirectIsFollowedToThePage() throws Exception {
    portal.redirect("/old.html", "/new.html").html("/new.html", "<h1>N</h1>");

    assertThat(crawler.fetch(portal.uri("/old.html")).uri()).isEqualTo(portal.uri("/new.html"));
  }

  @Test
  void robotsTxtIsObeyed() {
    portal
        .page(
            "/robots.txt",
            "text/plain",
            "User-agent: *\nDisallow: /admin/\n".getBytes(StandardCharsets.UTF_8))
        .html("/admin/x.html", "<h1>X</h1>");

    assertThatThrownBy(() -> crawler.fetch(portal.uri("/admin/x.html")))
        .isInstanceOf(FetchFailure.class)
        .hasMessage("robots.txt of 127.0.0.1 disallows /admin/x.html");
    assertThat(portal.requests())
        .extracting(PortalServer.Request::pathAndQuery)
        .containsExactly("/robots.txt");
  }

  @Test
  void everyRequestNamesBulletinAndWaitsItsTurn() throws Exception {
    portal.html("/a.html", "a").html("/b.html", "b");
    long start = System.nanoTime();

    crawler.fetch(portal.uri("/a.html"));
    crawler.fetch(portal.uri("/b.html"));

    // robots.txt, a, b: two pauses between three requests.
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isGreaterThanOrEqualTo(FAST.delay().multipliedBy(2));
    List<String> agents =
        portal.requests().stream().map(PortalServer.Request::userAgent).distinct().toList();
    assertThat(agents).containsExactly(PoliteCrawler.USER_AGENT);
  }
}
