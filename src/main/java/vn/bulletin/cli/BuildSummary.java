package vn.bulletin.cli;

import java.nio.file.Path;
import java.time.Duration;
import vn.bulletin.model.VietnameseFormat;
import vn.bulletin.pipeline.BuildResult;

/**
 * The lines a successful build closes with: what was built and how fast, then where it went and
 * what changed, e.g.
 *
 * <pre>
 * 10.000 bài · 10.514 trang · 4,1 s
 * /srv/bantin/site: 21.533 tệp, 214 mới hoặc đã đổi · tìm kiếm 0,82 s
 * </pre>
 *
 * @param items the published items
 * @param pages the pages rendered from templates: HTML pages, and the few feeds and sitemaps
 * @param files the files the site holds
 * @param written the files that were new or changed
 */
record BuildSummary(
    int items, int pages, int files, int written, Duration time, Duration searchTime, Path out) {
  static BuildSummary of(BuildResult.Published result, int pages, Duration time, Path out) {
    return new BuildSummary(
        result.published(),
        pages,
        result.files(),
        result.written(),
        time,
        result.searchTime(),
        out);
  }

  String text() {
    return VietnameseFormat.number(items)
        + " bài · "
        + VietnameseFormat.number(pages)
        + " trang · "
        + VietnameseFormat.seconds(time)
        + "\n"
        + out
        + ": "
        + VietnameseFormat.number(files)
        + " tệp, "
        + VietnameseFormat.number(written)
        + " mới hoặc đã đổi · tìm kiếm "
        + VietnameseFormat.seconds(searchTime)
        + "\n";
  }
}
