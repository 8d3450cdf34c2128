package vn.bulletin.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Takes the oldest kept release for the next one on a thread of its own, as soon as the build
 * writes its first file: the rename must be made durable before the folder changes, which costs a
 * journal commit (milliseconds, much more when the disk is busy), and this way it is paid while the
 * build renders and indexes instead of while it publishes.
 */
final class ReuseTask {
  private final FutureTask<Optional<ReusedStaging>> task;

  private ReuseTask(FutureTask<Optional<ReusedStaging>> task) {
    this.task = task;
  }

  static ReuseTask start(Callable<Optional<ReusedStaging>> reuse) {
    FutureTask<Optional<ReusedStaging>> task = new FutureTask<>(reuse);
    Thread thread = new Thread(task, "bulletin-reuse");
    thread.setDaemon(true);
    thread.start();
    return new ReuseTask(task);
  }

  /** The old release taken, once taken; none when it could not be. */
  Optional<ReusedStaging> await() throws IOException {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while taking an old release", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new UncheckedIOException(new IOException(e.getCause()));
    }
  }
}
