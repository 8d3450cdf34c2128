package vn.bulletin.cli;

import java.util.concurrent.atomic.AtomicInteger;
import vn.bulletin.pipeline.BuildListener;

/**
 * Passes every event on and keeps the number of pages the build rendered from templates, which the
 * closing summary tells and {@link vn.bulletin.pipeline.BuildResult} does not hold. Counting the
 * HTML files of the published site instead would cost a walk of it: a third of a second at 10,000
 * items.
 */
final class PageTally implements BuildListener {
  private final BuildListener next;
  private final AtomicInteger pages = new AtomicInteger();

  PageTally(BuildListener next) {
    this.next = next;
  }

  int pages() {
    return pages.get();
  }

  @Override
  public void stepEnded(String line) {
    next.stepEnded(line);
  }

  @Override
  public void sourcesParsed(int done, int total) {
    next.sourcesParsed(done, total);
  }

  @Override
  public void pagesRendered(int done, int total) {
    pages.set(total);
    next.pagesRendered(done, total);
  }
}
