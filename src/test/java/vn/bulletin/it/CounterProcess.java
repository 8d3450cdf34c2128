package vn.bulletin.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code bulletin counter} run from the shipped jar as a child process, and browsers hammering it.
 */
final class CounterProcess {
  private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+/)");
  static final String BROWSER =
      "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";

  final Process process;
  final URI uri;

  private CounterProcess(Process process, URI uri) {
    this.process = process;
    this.uri = uri;
  }

  /** Starts {@code bulletin counter} on a free port and waits for its "listening on" line. */
  static CounterProcess start(Path source, Path errors, String... extra) throws IOException {
    return start("counter", source, errors, extra);
  }

  /** Starts {@code bulletin serve} or {@code bulletin counter} on a free port. */
  static CounterProcess start(String command, Path source, Path errors, String... extra)
      throws IOException {
    List<String> args =
        new ArrayList<>(List.of(command, "--source", source.toString(), "--port", "0"));
    args.addAll(List.of(extra));
    Process process =
        JarRunner.command(source, args.toArray(String[]::new))
            .redirectError(ProcessBuilder.Redirect.appendTo(errors.toFile()))
            .start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String line = out.readLine();
    Matcher m = line == null ? null : LISTENING.matcher(line);
    if (m == null || !m.find()) {
      process.destroyForcibly();
      throw new IllegalStateException("bulletin counter did not start: " + line);
    }
    return new CounterProcess(process, URI.create(m.group(1)));
  }

  /**
   * Clients posting visits as fast as answers come, each from its own address (via the trusted
   * loopback proxy).
   */
  static final class Load implements AutoCloseable {
    final AtomicLong sent = new AtomicLong();
    final AtomicLong acknowledged = new AtomicLong();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> threads = new ArrayList<>();

    Load(URI service, int clients) {
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      for (int c = 0; c < clients; c++) {
        int client = c;
        Thread t = new Thread(() -> post(http, service, client), "load-" + c);
        t.start();
        threads.add(t);
      }
    }

    private void post(HttpClient http, URI service, int client) {
      long n = 0;
      while (running.get()) {
        HttpRequest request =
            HttpRequest.newBuilder(service.resolve("/api/visits"))
                .timeout(Duration.ofSeconds(10))
                .header("User-Agent", BROWSER)
                .header("Content-Type", "application/json")
                .header(
                    "X-Forwarded-For", "10." + client + "." + (n / 250 % 250) + "." + (n % 250 + 1))
                .POST(HttpRequest.BodyPublishers.ofString("{\"path\":\"/p" + (n % 7) + "/\"}"))
                .build();
        n++;
        sent.incrementAndGet();
        try {
          if (http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
            acknowledged.incrementAndGet();
          }
        } catch (IOException e) {
          // The service was killed with this request in flight: sent, never acknowledged.
          sleepQuietly();
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    private static void sleepQuietly() {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    void awaitAcknowledged(long atLeast) throws InterruptedException {
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (acknowledged.get() < atLeast && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
    }

    @Override
    public void close() {
      running.set(false);
      try {
        for (Thread t : threads) {
          t.join();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** What the database file holds: the stored total and SQLite's own integrity verdict. */
  record Stored(long total, String integrity) {
    static Stored read(Path database) throws Exception {
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database);
          Statement s = c.createStatement()) {
        String integrity;
        try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
          rs.next();
          integrity = rs.getString(1);
        }
        try (ResultSet rs = s.executeQuery("SELECT n FROM bulletin_counts WHERE scope = 'total'")) {
          return new Stored(rs.next() ? rs.getLong(1) : 0, integrity);
        }
      }
    }
  }
}
