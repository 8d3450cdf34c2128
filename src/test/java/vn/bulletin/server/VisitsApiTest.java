package vn.bulletin.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bulletin.counter.StoreException;
import vn.bulletin.counter.Tally;
import vn.bulletin.counter.Visit;
import vn.bulletin.counter.VisitStore;

/** The visits API over real HTTP on 127.0.0.1, with a real SQLite file. */
class VisitsApiTest {
  @TempDir Path dir;
  private RunningService service;

  @AfterEach
  void stop() {
    if (service != null) {
      service.close();
    }
  }

  @Test
  void postRecordsAVisitAndAnswersTheFiguresFromTheStartingTotal() throws Exception {
    service = RunningService.in(dir).start();

    HttpResponse<String> first = service.visit("/tin-tuc/ham-can/");
    HttpResponse<String> second = service.visitFrom("203.0.113.7", "/tin-tuc/ham-can/");

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.headers().firstValue("Content-Type"))
        .contains("application/json; charset=utf-8");
    assertThat(first.headers().firstValue("Cache-Control")).contains("no-store");
    assertThat(first.body())
        .isEqualTo("{\"total\":832882,\"today\":1,\"month\":1,\"online\":1,\"views\":1}");
    assertThat(second.body())
        .isEqualTo("{\"total\":832883,\"today\":2,\"month\":2,\"online\":2,\"views\":2}");
  }

  @Test
  void getReadsWithoutCountingAndPathsAreCanonical() throws Exception {
    service = RunningService.in(dir).start();
    service.visit("/tin-tuc/ham-can/");

    HttpResponse<String> read = service.read("/Tin-Tuc/ham-can/index.html");

    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.body())
        .isEqualTo("{\"total\":832882,\"today\":1,\"month\":1,\"online\":1,\"views\":1}");
    assertThat(service.stored()).isEqualTo(1);
  }

  @Test
  void crawlersAreAnsweredButNotCounted() throws Exception {
    service = RunningService.in(dir).start();

    HttpResponse<String> bot =
        service.send(
            service
                .post("{\"path\":\"/\"}")
                .setHeader(
                    "User-Agent",
                    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"));

    assertThat(bot.statusCode()).isEqualTo(200);
    assertThat(bot.body()).startsWith("{\"total\":832881,");
    assertThat(service.stored()).isZero();
  }

  @Test
  void aFloodFromOneClientIsRefusedWith429AndRetryAfter() throws Exception {
    service = RunningService.in(dir).rateLimit(5).start();
    for (int i = 0; i < 5; i++) {
      assertThat(service.visit("/").statusCode()).isEqualTo(200);
    }

    HttpResponse<String> refused = service.visit("/");

    assertThat(refused.statusCode()).isEqualTo(429);
    // One token comes back every 12 s; part of it has already while the burst was sent.
    assertThat(refused.headers().firstValue("Retry-After").map(Integer::parseInt))
        .hasValueSatisfying(seconds -> assertThat(seconds).isBetween(1, 12));
    assertThat(refused.body()).isEqualTo("{\"error\":\"too many visits\"}");
    assertThat(service.stored()).isEqualTo(5);
  }

  @Test
  void rotatingForwardedForFromAnUntrustedPeerDoesNotEscapeTheLimit() throws Exception {
    service = RunningService.in(dir).rateLimit(3).trusting(List.of()).start();
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      statuses.add(service.visitFrom("198.51.100." + i, "/").statusCode());
    }

    assertThat(statuses).containsExactly(200, 200, 200, 429, 429, 429);
  }

  @Test
  void forwardedForFromTheTrustedProxySeparatesClients() throws Exception {
    service = RunningService.in(dir).rateLimit(1).start();

    assertThat(service.visitFrom("198.51.100.1", "/").statusCode()).isEqualTo(200);
    assertThat(service.visitFrom("198.51.100.2", "/").statusCode()).isEqualTo(200);
    assertThat(service.visitFrom("198.51.100.1", "/").statusCode()).isEqualTo(429);
  }

  @Test
  void aBodyDeclaredLargerThan8KbIsRefusedWith413() throws Exception {
    service = RunningService.in(dir).start();

    HttpResponse<String> response =
        service.send(service.post("{\"path\":\"/" + "a".repeat(9000) + "/\"}"));

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body()).isEqualTo("{\"error\":\"the body may hold at most 8 KB\"}");
  }

  @Test
  void aChunkedBodyPastTheLimitIsRefusedWith413() throws Exception {
    service = RunningService.in(dir).start();
    byte[] big = ("{\"path\":\"/" + "a".repeat(20_000) + "/\"}").getBytes(StandardCharsets.UTF_8);

    HttpResponse<String> response =
        service.send(
            HttpRequest.newBuilder(service.uri("/api/visits"))
                .header("User-Agent", RunningService.BROWSER)
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))));

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(service.stored()).isZero();
  }

  @Test
  void malformedOrMisshapenBodiesAndPathsAre400() throws Exception {
    service = RunningService.in(dir).start();

    for (String body :
        List.of(
            "{\"path\":",
            "not json",
            "{\"path\":\"/\",\"n\":\"5\"}",
            "{\"page\":\"/\"}",
            "{\"path\":\"/../etc/passwd\"}",
            "{\"path\":\"https://evil.example/\"}",
            "{\"path\":7}")) {
      HttpResponse<String> response = service.send(service.post(body));
      assertThat(response.statusCode()).as(body).isEqualTo(400);
      assertThat(response.body()).as(body).startsWith("{\"error\":");
    }
    assertThat(service.read("/a%20b/").statusCode()).isEqualTo(400);
    assertThat(
            service
                .send(java.net.http.HttpRequest.newBuilder(service.uri("/api/visits")))
                .statusCode())
        .isEqualTo(400);
    assertThat(service.stored()).isZero();
  }

  @Test
  void aBodyThatIsNotJsonByItsTypeIs415() throws Exception {
    service = RunningService.in(dir).start();

    HttpResponse<String> response =
        service.send(
            service
                .post("{\"path\":\"/\"}")
                .setHeader("Content-Type", "application/x-www-form-urlencoded"));

    assertThat(response.statusCode()).isEqualTo(415);
  }

  @Test
  void otherMethodsAre405WithAllow() throws Exception {
    service = RunningService.in(dir).start();

    HttpResponse<String> response =
        service.send(
            HttpRequest.newBuilder(service.uri("/api/visits"))
                .method("DELETE", HttpRequest.BodyPublishers.noBody()));

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(response.headers().firstValue("Allow")).contains("GET, POST");
  }

  @Test
  void unknownPathsAre404InJson() throws Exception {
    service = RunningService.in(dir).start();

    HttpResponse<String> response = service.send(HttpRequest.newBuilder(service.uri("/api/visit")));

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).startsWith("{\"error\":");
  }

  @Test
  void headersLargerThan8KbAreRefusedInJson() throws Exception {
    service = RunningService.in(dir).start();

    String response =
        service.raw(
            "GET /api/visits?path=/ HTTP/1.1\r\nHost: x\r\nX-Big: "
                + "a".repeat(9000)
                + "\r\nConnection: close\r\n\r\n");

    assertThat(response).startsWith("HTTP/1.1 431 ").contains("{\"error\":");
  }

  @Test
  void conflictingLengthsAreRefused() throws Exception {
    service = RunningService.in(dir).start();

    String response =
        service.raw(
            "POST /api/visits HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Content-Length: 12\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n0\r\n\r\n");

    assertThat(response).startsWith("HTTP/1.1 400 ");
    assertThat(service.stored()).isZero();
  }

  @Test
  void whenStorageFailsVisitsAre503WithRetryAfter() throws Exception {
    service = RunningService.in(dir).storeWrappedBy(BrokenStore::new).start();

    HttpResponse<String> post = service.visit("/");
    HttpResponse<String> get = service.read("/");

    assertThat(post.statusCode()).isEqualTo(503);
    assertThat(post.headers().firstValue("Retry-After")).contains("5");
    assertThat(post.body()).isEqualTo("{\"error\":\"the counter cannot store visits now\"}");
    assertThat(get.statusCode()).isEqualTo(503);
  }

  @Test
  void clientsThatHoldConnectionsSilentlyDoNotBlockOthers() throws Exception {
    service = RunningService.in(dir).start();
    List<Socket> silent = new ArrayList<>();
    try {
      for (int i = 0; i < 2 * CounterServer.MAX_THREADS; i++) {
        Socket socket = new Socket("127.0.0.1", service.server.uri().getPort());
        socket
            .getOutputStream()
            .write("POST /api/visits HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.US_ASCII));
        silent.add(socket);
      }

      assertThat(service.visit("/").statusCode()).isEqualTo(200);
    } finally {
      for (Socket s : silent) {
        s.close();
      }
    }
  }

  @Test
  void manyConcurrentClientsLoseNoAcknowledgedVisit() throws Exception {
    service = RunningService.in(dir).start();
    int clients = 256;
    int visitsEach = 10;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<Integer>> acknowledged = new ArrayList<>();
    try {
      for (int c = 0; c < clients; c++) {
        String address = "10.0." + (c / 250) + "." + (c % 250 + 1);
        acknowledged.add(
            pool.submit(
                () -> {
                  int ok = 0;
                  for (int v = 0; v < visitsEach; v++) {
                    ok +=
                        service.visitFrom(address, "/p" + (v % 4) + "/").statusCode() == 200
                            ? 1
                            : 0;
                  }
                  return ok;
                }));
      }
      long total = 0;
      for (Future<Integer> f : acknowledged) {
        total += f.get();
      }

      assertThat(total).isEqualTo((long) clients * visitsEach);
      assertThat(service.stored()).isEqualTo(total);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void allowedOriginIsEchoedAndOthersGetNoCorsHeaders() throws Exception {
    service = RunningService.in(dir).allowing("https://bantin.example.gov.vn").start();

    HttpResponse<String> allowed =
        service.send(
            service.post("{\"path\":\"/\"}").header("Origin", "https://bantin.example.gov.vn"));
    HttpResponse<String> foreign =
        service.send(service.post("{\"path\":\"/\"}").header("Origin", "https://evil.example"));
    HttpResponse<String> preflight =
        service.send(
            HttpRequest.newBuilder(service.uri("/api/visits"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://bantin.example.gov.vn")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type"));

    assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin"))
        .contains("https://bantin.example.gov.vn");
    assertThat(allowed.headers().allValues("Vary")).anyMatch(v -> v.contains("Origin"));
    assertThat(allowed.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
    assertThat(foreign.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    assertThat(preflight.statusCode()).isEqualTo(200);
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse(""))
        .contains("POST");
  }

  /** A database that is down: every call fails. */
  private static final class BrokenStore implements VisitStore {
    private final VisitStore real;

    BrokenStore(VisitStore real) {
      this.real = real;
    }

    @Override
    public List<Tally> addAll(List<Visit> visits) throws StoreException {
      throw new StoreException("database or disk is full");
    }

    @Override
    public Tally read(String path, LocalDate day) throws StoreException {
      throw new StoreException("database or disk is full");
    }

    @Override
    public String description() {
      return real.description();
    }

    @Override
    public void close() {
      real.close();
    }
  }
}
