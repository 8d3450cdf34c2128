package vn.bulletin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import vn.bulletin.pipeline.BuildOptions;
import vn.bulletin.server.LiveReload;
import vn.bulletin.watch.Outcome;
import vn.bulletin.watch.Preview;
import vn.bulletin.watch.SiteRebuilder;

/**
 * {@code serve --watch}: the preview's build loop wired to live reload. Each build's outcome is
 * printed (one line, or the diagnostics) and sent to the open pages.
 */
final class WatchMode implements AutoCloseable {
  private final BuildOptions options;
  private final boolean stacktrace;
  private final PrintWriter out;
  private final PrintWriter err;
  private LiveReload live;
  private Preview preview;

  WatchMode(BuildOptions options, boolean stacktrace, PrintWriter out, PrintWriter err) {
    this.options = options;
    this.stacktrace = stacktrace;
    this.out = out;
    this.err = err;
  }

  /** Starts watching and returns once the first build is done. */
  void start() throws IOException, InterruptedException {
    live = new LiveReload();
    preview =
        Preview.start(
            options.project(),
            new SiteRebuilder(options),
            new Preview.Listener() {
              @Override
              public void published() {
                live.published();
              }

              @Override
              public void built(Outcome outcome) {
                report(outcome);
              }

              @Override
              public void cannotWatch(String message) {
                err.println(message);
                err.flush();
              }
            });
  }

  /** The open pages' reloads; there once {@link #start} returned. */
  LiveReload live() {
    return live;
  }

  private void report(Outcome outcome) {
    err.print(outcome.diagnostics());
    if (stacktrace) {
      outcome.internalError().ifPresent(e -> e.printStackTrace(err));
    }
    err.flush();
    if (outcome.published()) {
      out.println(outcome.summary());
      out.flush();
    } else {
      live.failed(outcome.diagnostics());
    }
  }

  @Override
  public void close() {
    if (preview != null) {
      preview.close();
    }
    if (live != null) {
      live.close();
    }
  }
}
