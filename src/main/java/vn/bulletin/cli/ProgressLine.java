package vn.bulletin.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import vn.bulletin.model.VietnameseFormat;
import vn.bulletin.pipeline.BuildListener;

/**
 * One line on a terminal's stderr, redrawn in place as the build goes, e.g. {@code Đang dựng:
 * 4.210/10.000 bài · 0/11.987 trang}. Counts arrive from worker threads; the line is redrawn at
 * most once per {@link #INTERVAL} from them, so a fast build does not spend its time on the
 * terminal. Step lines ({@code --verbose}) are printed above it.
 */
final class ProgressLine implements BuildListener {
  static final Duration INTERVAL = Duration.ofMillis(100);
  // What the build does after a step ends, where no count moves for a while.
  private static final Map<String, String> NEXT_PHASE =
      Map.of(
          "render", "lập chỉ mục tìm kiếm",
          "index", "xuất bản",
          "publish", "xuất bản");

  private final PrintWriter err;
  private final Consumer<String> steps;
  private final LongSupplier nanoTime;
  private final AtomicInteger parsed = new AtomicInteger();
  private final AtomicInteger sources = new AtomicInteger();
  private final AtomicInteger rendered = new AtomicInteger();
  private final AtomicInteger pages = new AtomicInteger(-1);
  private volatile String phase = "";
  private volatile long lastDrawn;
  private volatile boolean drawn;
  private boolean closed;
  private int width;

  /**
   * @param steps prints a step line ({@code --verbose}), or ignores it
   * @param nanoTime {@link System#nanoTime}, or a test's clock
   */
  ProgressLine(PrintWriter err, Consumer<String> steps, LongSupplier nanoTime) {
    this.err = err;
    this.steps = steps;
    this.nanoTime = nanoTime;
  }

  @Override
  public void sourcesParsed(int done, int total) {
    sources.set(total);
    parsed.accumulateAndGet(done, Math::max);
    redraw(false);
  }

  @Override
  public void pagesRendered(int done, int total) {
    pages.set(total);
    rendered.accumulateAndGet(done, Math::max);
    redraw(false);
  }

  @Override
  public void stepEnded(String line) {
    int colon = line.indexOf(':');
    phase = colon < 0 ? "" : NEXT_PHASE.getOrDefault(line.substring(0, colon), "");
    synchronized (this) {
      erase();
      steps.accept(line);
    }
    redraw(true);
  }

  /** Erases the line for good: what the build prints next starts at the left edge. */
  synchronized void close() {
    erase();
    closed = true;
  }

  /** What the line says now. */
  String text() {
    StringBuilder line =
        new StringBuilder("Đang dựng: ")
            .append(VietnameseFormat.number(parsed.get()))
            .append('/')
            .append(VietnameseFormat.number(sources.get()))
            .append(" bài");
    int total = pages.get();
    if (total >= 0) {
      line.append(" · ")
          .append(VietnameseFormat.number(rendered.get()))
          .append('/')
          .append(VietnameseFormat.number(total))
          .append(" trang");
    }
    String now = phase;
    return now.isEmpty() ? line.toString() : line.append(" · ").append(now).toString();
  }

  // The time is checked before the lock, so worker threads between two redraws never wait.
  private void redraw(boolean force) {
    long now = nanoTime.getAsLong();
    if (!force && tooSoon(now)) {
      return;
    }
    synchronized (this) {
      if (closed || !force && tooSoon(now)) {
        return;
      }
      String text = text();
      err.print("\r" + text + " ".repeat(Math.max(0, width - text.length())));
      err.flush();
      width = text.length();
      lastDrawn = now;
      drawn = true;
    }
  }

  private boolean tooSoon(long now) {
    return drawn && now - lastDrawn < INTERVAL.toNanos();
  }

  private void erase() {
    if (width > 0) {
      err.print("\r" + " ".repeat(width) + "\r");
      err.flush();
      width = 0;
    }
  }
}
