package vn.bulletin.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.function.Consumer;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * One open event stream of the live preview. Events are written in order and one write at a time,
 * as Jetty requires, without holding a thread while the page is idle. The stream ends when a write
 * fails (the page was closed), when the page falls too far behind, or when the server stops.
 */
final class LiveClient {
  /**
   * A page this far behind is dropped; its EventSource reconnects and is sent the current state.
   */
  static final int MAX_QUEUED = 16;

  private final Response response;
  private final Callback done;
  private final Consumer<LiveClient> onClose;
  private final ArrayDeque<ByteBuffer> queue = new ArrayDeque<>();
  private boolean writing;
  private boolean ending;
  private boolean closed;

  /**
   * @param done the request's callback, completed when the stream ends
   * @param onClose told once, when the stream ends for any reason
   */
  LiveClient(Response response, Callback done, Consumer<LiveClient> onClose) {
    this.response = response;
    this.done = done;
    this.onClose = onClose;
  }

  void send(String event) {
    boolean overflow = false;
    boolean start = false;
    synchronized (this) {
      if (closed || ending) {
        return;
      } else if (queue.size() >= MAX_QUEUED) {
        overflow = true;
      } else {
        queue.add(ByteBuffer.wrap(event.getBytes(StandardCharsets.UTF_8)));
        start = !writing;
        writing = true;
      }
    }
    if (overflow) {
      fail(new IOException("the page reads the live stream too slowly"));
    } else if (start) {
      writeNext();
    }
  }

  /** Ends the stream once what is queued is written, as the server stops. */
  void end() {
    synchronized (this) {
      if (closed || ending) {
        return;
      }
      ending = true;
      if (writing) {
        return;
      }
      writing = true;
    }
    writeNext();
  }

  void fail(Throwable cause) {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      queue.clear();
    }
    onClose.accept(this);
    done.failed(cause);
  }

  private void writeNext() {
    ByteBuffer next;
    synchronized (this) {
      if (closed) {
        return;
      }
      next = queue.poll();
      if (next == null && !ending) {
        writing = false;
        return;
      }
      closed = next == null;
    }
    if (next == null) {
      onClose.accept(this);
      response.write(true, null, done);
    } else {
      response.write(false, next, Callback.from(this::writeNext, this::fail));
    }
  }
}
