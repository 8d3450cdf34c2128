package vn.bulletin.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code bulletin serve --watch} from the shipped jar, its output read line by line as it comes.
 */
final class PreviewProcess implements AutoCloseable {
  private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+/)");
  private static final String END = "(end of output)";

  final URI uri;
  private final Process process;
  private final Path errors;
  private final BlockingQueue<String> lines;

  private PreviewProcess(Process process, URI uri, Path errors, BlockingQueue<String> lines) {
    this.process = process;
    this.uri = uri;
    this.errors = errors;
    this.lines = lines;
  }

  /** Starts the preview on a free port and returns once it listens, the first build done. */
  static PreviewProcess start(Path source, Path errors, String... extra)
      throws IOException, InterruptedException {
    List<String> args =
        new ArrayList<>(List.of("serve", "--watch", "--source", source.toString(), "--port", "0"));
    args.addAll(List.of(extra));
    Process process =
        JarRunner.command(source, args.toArray(String[]::new))
            .redirectError(ProcessBuilder.Redirect.appendTo(errors.toFile()))
            .start();
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader = new Thread(() -> read(process, lines), "preview-output");
    reader.setDaemon(true);
    reader.start();
    PreviewProcess preview = new PreviewProcess(process, null, errors, lines);
    Optional<String> listening = preview.awaitLine(LISTENING, Duration.ofSeconds(120));
    if (listening.isEmpty()) {
      preview.close();
      throw new IllegalStateException("bulletin serve --watch did not start: " + preview.errors());
    }
    Matcher m = LISTENING.matcher(listening.get());
    m.find();
    return new PreviewProcess(process, URI.create(m.group(1)), errors, lines);
  }

  private static void read(Process process, BlockingQueue<String> lines) {
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        lines.add(line);
      }
    } catch (IOException e) {
      // The process was stopped.
    }
    lines.add(END);
  }

  /** The next line of standard output that matches, skipping others, within {@code wait}. */
  Optional<String> awaitLine(Pattern pattern, Duration wait) throws InterruptedException {
    long deadline = System.nanoTime() + wait.toNanos();
    while (true) {
      String line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      if (line == null || line.equals(END)) {
        return Optional.empty();
      }
      if (pattern.matcher(line).find()) {
        return Optional.of(line);
      }
    }
  }

  /** What it wrote to standard error so far. */
  String errors() throws IOException {
    return Files.readString(errors, StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
