package vn.bulletin.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve --watch}'s half in the service: the event stream, the script, and pages with the
 * script added.
 */
class LiveReloadTest {
  private static final String PAGE = "<!DOCTYPE html><html><body><h1>Hàm Cần</h1></body></html>";
  private static final long WAIT_SECONDS = 10;

  @TempDir Path dir;
  private Path site;
  private final LiveReload live = new LiveReload(Duration.ofMillis(100));
  private RunningService service;

  @BeforeEach
  void serve() throws Exception {
    site = dir.resolve("site");
    Files.createDirectories(site.resolve("tin-tuc"));
    Files.writeString(site.resolve("tin-tuc/index.html"), PAGE);
    Files.writeString(site.resolve("assets.css"), "body{}");
    service = RunningService.in(dir).serving(site).live(live).start();
  }

  @AfterEach
  void stop() {
    live.close();
    service.close();
  }

  @Test
  void aStreamStartsWithTheCurrentState() throws Exception {
    try (EventStream stream = EventStream.open(service)) {
      assertThat(stream.contentType).isEqualTo("text/event-stream; charset=utf-8");
      assertThat(stream.next()).isEqualTo("event: reload\ndata: {\"build\":0}");
    }
    live.failed(
        "content/a.md:4:1: error: unknown field \"categry\"\n1 error; the last good site is still served.\n");

    try (EventStream stream = EventStream.open(service)) {
      assertThat(stream.next())
          .isEqualTo(
              "event: error\ndata: {\"build\":0,\"text\":\"content/a.md:4:1: error: "
                  + "unknown field \\\"categry\\\"\\n1 error; the last good site is still served.\\n\"}");
    }
  }

  @Test
  void everyOpenStreamHearsOfEachBuildInOrder() throws Exception {
    List<EventStream> streams = new ArrayList<>();
    try {
      for (int i = 0; i < 3; i++) {
        streams.add(EventStream.open(service));
        streams.get(i).next();
      }
      live.published();
      live.failed("content/a.md:1: error: <b>not markup</b>");
      live.published();

      for (EventStream stream : streams) {
        assertThat(stream.next()).isEqualTo("event: reload\ndata: {\"build\":1}");
        assertThat(stream.next())
            .isEqualTo(
                "event: error\ndata: {\"build\":1,\"text\":\"content/a.md:1: error: "
                    + "\\u003cb>not markup\\u003c/b>\"}");
        assertThat(stream.next()).isEqualTo("event: reload\ndata: {\"build\":2}");
      }
    } finally {
      streams.forEach(EventStream::close);
    }
  }

  @Test
  void aQuietStreamGetsKeepAliveComments() throws Exception {
    try (EventStream stream = EventStream.open(service)) {
      stream.next();
      assertThat(stream.nextBlock()).isEqualTo(": keep-alive");
    }
  }

  @Test
  void aClosedPageIsLetGo() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", service.server.uri().getPort())) {
      socket
          .getOutputStream()
          .write(
              "GET /_bulletin/live HTTP/1.1\r\nHost: x\r\n\r\n"
                  .getBytes(StandardCharsets.US_ASCII));
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
      for (String line = in.readLine(); !line.equals("event: reload"); line = in.readLine()) {
        assertThat(line).isNotNull();
      }
      assertThat(live.streams()).isEqualTo(1);
    }

    awaitTrue(() -> live.streams() == 0);
  }

  @Test
  void pagesGetTheScriptBeforeTheirBodyEndsWithTheBuildTheyCameFrom() throws Exception {
    HttpResponse<String> page = get("/tin-tuc/");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .isEqualTo(
            "<!DOCTYPE html><html><body><h1>Hàm Cần</h1>"
                + "<script src=\"/_bulletin/live.js\" data-build=\"0\" defer></script>\n</body></html>");
    assertThat(page.headers().firstValueAsLong("Content-Length"))
        .hasValue(page.body().getBytes(StandardCharsets.UTF_8).length);
    assertThat(Files.readString(site.resolve("tin-tuc/index.html")))
        .as("the file as built")
        .isEqualTo(PAGE);

    live.published();
    assertThat(get("/tin-tuc/").body()).contains("data-build=\"1\"");
    assertThat(get("/assets.css").body()).isEqualTo("body{}");
  }

  @Test
  void theScriptGoesBeforeTheLastBodyEndInAnyCaseOrAtTheEnd() {
    assertThat(
            new String(
                live.inject("<p>a</p></BODY>".getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8))
        .isEqualTo(
            "<p>a</p><script src=\"/_bulletin/live.js\" data-build=\"0\" defer></script>\n</BODY>");
    assertThat(
            new String(
                live.inject("<p>Hàm Cần".getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8))
        .isEqualTo(
            "<p>Hàm Cần<script src=\"/_bulletin/live.js\" data-build=\"0\" defer></script>\n");
  }

  @Test
  void theScriptIsServedAsJavaScript() throws Exception {
    HttpResponse<String> script = get("/_bulletin/live.js");

    assertThat(script.statusCode()).isEqualTo(200);
    assertThat(script.headers().firstValue("Content-Type"))
        .contains("text/javascript; charset=utf-8");
    assertThat(script.body())
        .contains("new EventSource(\"/_bulletin/live\")")
        .doesNotContain("innerHTML");
    assertThat(get("/_bulletin/other").statusCode()).isEqualTo(404);
  }

  @Test
  void beforeAnyBuildAPlaceholderPageWaitsForOne() throws Exception {
    Files.delete(site.resolve("tin-tuc/index.html"));
    Files.delete(site.resolve("tin-tuc"));
    Files.delete(site.resolve("assets.css"));
    Files.delete(site);

    HttpResponse<String> page = get("/");

    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
    assertThat(page.body())
        .contains("No page here yet")
        .contains("<script src=\"/_bulletin/live.js\"");
  }

  @Test
  void withoutWatchPagesAreSentAsBuiltAndTheEndpointsAreNotThere() throws Exception {
    Files.createDirectories(dir.resolve("plain"));
    try (RunningService plain = RunningService.in(dir.resolve("plain")).serving(site).start()) {
      assertThat(plain.send(HttpRequest.newBuilder(plain.uri("/tin-tuc/"))).body()).isEqualTo(PAGE);
      assertThat(plain.send(HttpRequest.newBuilder(plain.uri("/_bulletin/live"))).statusCode())
          .isEqualTo(404);
      assertThat(plain.send(HttpRequest.newBuilder(plain.uri("/_bulletin/live.js"))).statusCode())
          .isEqualTo(404);
    }
  }

  private HttpResponse<String> get(String path) throws Exception {
    return service.send(HttpRequest.newBuilder(service.uri(path)));
  }

  private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("within %d s", WAIT_SECONDS).isLessThan(deadline);
      Thread.sleep(20);
    }
  }

  /**
   * An open {@code /_bulletin/live}, read block by block (a block ends at a blank line) on its own
   * thread.
   */
  private static final class EventStream implements AutoCloseable {
    private static final String END = "(end of stream)";
    final String contentType;
    private final InputStream body;
    private final BlockingQueue<String> blocks = new LinkedBlockingQueue<>();

    private EventStream(HttpResponse<InputStream> response) {
      this.contentType = response.headers().firstValue("Content-Type").orElse("");
      this.body = response.body();
      Thread reader = new Thread(this::read, "event-stream-reader");
      reader.setDaemon(true);
      reader.start();
    }

    static EventStream open(RunningService service) throws IOException, InterruptedException {
      HttpRequest request =
          HttpRequest.newBuilder(service.uri("/_bulletin/live"))
              .version(HttpClient.Version.HTTP_1_1)
              .timeout(Duration.ofSeconds(WAIT_SECONDS))
              .build();
      return new EventStream(service.http.send(request, HttpResponse.BodyHandlers.ofInputStream()));
    }

    private void read() {
      try (BufferedReader in =
          new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
        StringBuilder block = new StringBuilder();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          if (!line.isEmpty()) {
            block.append(block.length() == 0 ? "" : "\n").append(line);
          } else if (block.length() > 0) {
            blocks.add(block.toString());
            block.setLength(0);
          }
        }
      } catch (IOException e) {
        // Closed by the test.
      }
      blocks.add(END);
    }

    /** The next block, keep-alive comments included. */
    String nextBlock() throws InterruptedException {
      String block = blocks.poll(WAIT_SECONDS, TimeUnit.SECONDS);
      assertThat(block).as("a block within %d s", WAIT_SECONDS).isNotNull().isNotEqualTo(END);
      return block;
    }

    /** The next event, past comments and the reconnection delay. */
    String next() throws InterruptedException {
      String block = nextBlock();
      while (block.startsWith(":") || block.startsWith("retry:")) {
        block = nextBlock();
      }
      return block;
    }

    @Override
    public void close() {
      try {
        body.close();
      } catch (IOException e) {
        // Nothing more to read.
      }
    }
  }
}
