package vn.bulletin.watch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import vn.bulletin.pipeline.BuildListener;
import vn.bulletin.pipeline.BuildResult;

/**
 * The live preview's build loop: watches the sources, builds once, then rebuilds after each burst
 * of saves, one build at a time, and tells a listener how each build went.
 */
public final class Preview implements AutoCloseable {
  /** Told from the preview's own threads; builds are told one at a time. */
  public interface Listener {
    /**
     * A new site is being served: open pages may reload. Told once for each build that published,
     * as soon as its site is switched in and before {@link #built}.
     */
    void published();

    void built(Outcome outcome);

    /** A folder made while watching cannot be watched, so later saves in it go unseen. */
    void cannotWatch(String message);
  }

  /**
   * The step the build reports once the new site is served. Pruning old releases and saving the
   * search index come after it and take a while on a large site; pages need not wait for them.
   * Should the wording change, pages reload when the build returns, as they would without it.
   */
  static final String SWITCHED = "publish: switched ";

  private final Debouncer debouncer;
  private final SourceWatcher watcher;

  private Preview(Debouncer debouncer, SourceWatcher watcher) {
    this.debouncer = debouncer;
    this.watcher = watcher;
  }

  /**
   * Watches {@code source}, runs the first build and returns once it is done. The watches are in
   * place before that build starts, so a save made during it is rebuilt after it.
   *
   * @throws IOException when a folder cannot be watched (most often the system's limit of watches)
   */
  public static Preview start(Path project, Rebuilder rebuilder, Listener listener)
      throws IOException, InterruptedException {
    AtomicBoolean first = new AtomicBoolean(true);
    Debouncer debouncer =
        new Debouncer(
            Debouncer.QUIET,
            System::nanoTime,
            changed -> build(rebuilder, changed, first.getAndSet(false), listener));
    SourceWatcher watcher;
    try {
      watcher =
          SourceWatcher.start(
              project,
              new SourceWatcher.Listener() {
                @Override
                public void changed(Path path) {
                  debouncer.changed(path);
                }

                @Override
                public void cannotWatch(Path folder, IOException e) {
                  listener.cannotWatch(cannotWatchMessage(folder, e));
                }
              });
    } catch (IOException e) {
      debouncer.close();
      throw e;
    }
    Preview preview = new Preview(debouncer, watcher);
    try {
      debouncer.runNow().get();
    } catch (ExecutionException e) {
      preview.close();
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("the first build stopped: " + e.getCause(), e.getCause());
    }
    return preview;
  }

  // A bug in the build must not end the preview an editor is looking at: it is reported like a
  // failed
  // build (the last good site stays served), with its stack trace where --stacktrace asks for it.
  private static void build(
      Rebuilder rebuilder, Set<Path> changed, boolean first, Listener listener) {
    AtomicBoolean switched = new AtomicBoolean();
    long started = System.nanoTime();
    Outcome outcome;
    try {
      BuildResult result =
          rebuilder.rebuild(
              changed,
              BuildListener.lines(
                  line -> {
                    if (line.startsWith(SWITCHED) && !switched.getAndSet(true)) {
                      listener.published();
                    }
                  }));
      outcome = Outcome.of(result, changed, Duration.ofNanos(System.nanoTime() - started), first);
    } catch (RuntimeException e) {
      outcome = Outcome.internalError(e);
    }
    if (outcome.published() && !switched.get()) {
      listener.published();
    }
    listener.built(outcome);
  }

  static String cannotWatchMessage(Path folder, IOException e) {
    String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return "warning: cannot watch "
        + folder.toString().replace('\\', '/')
        + ": "
        + reason
        + "; saves in it are not seen until a save elsewhere (on Linux, raise fs.inotify.max_user_watches)";
  }

  /** Stops watching; a build in progress finishes on its own thread. */
  @Override
  public void close() {
    watcher.close();
    debouncer.close();
  }
}
