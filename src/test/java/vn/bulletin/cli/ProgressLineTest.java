package vn.bulletin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressLineTest {
  private static final long MS = 1_000_000;

  private final StringWriter err = new StringWriter();
  private final List<String> steps = new ArrayList<>();
  private long now = 5_000 * MS;
  private final ProgressLine line = new ProgressLine(new PrintWriter(err), steps::add, () -> now);

  @Test
  void firstCountIsDrawnAtOnceWithVietnameseNumbers() {
    line.sourcesParsed(4_210, 10_000);

    assertThat(err.toString()).isEqualTo("\rĐang dựng: 4.210/10.000 bài");
  }

  @Test
  void countsWithinAnIntervalAreNotDrawnButTheNextIntervalShowsTheLatest() {
    line.sourcesParsed(1, 10_000);
    now += 40 * MS;
    line.sourcesParsed(2, 10_000);
    now += 40 * MS;
    line.sourcesParsed(3, 10_000);
    now += 20 * MS;
    line.sourcesParsed(4, 10_000);

    assertThat(err.toString()).isEqualTo("\rĐang dựng: 1/10.000 bài\rĐang dựng: 4/10.000 bài");
  }

  @Test
  void countsArrivingOutOfOrderNeverGoBack() {
    line.sourcesParsed(7, 10);
    now += 200 * MS;
    line.sourcesParsed(6, 10);

    assertThat(err.toString()).endsWith("\rĐang dựng: 7/10 bài");
  }

  @Test
  void pagesJoinTheLineOnceRenderingStarts() {
    line.sourcesParsed(10_000, 10_000);
    now += 200 * MS;
    line.pagesRendered(0, 11_987);

    assertThat(line.text()).isEqualTo("Đang dựng: 10.000/10.000 bài · 0/11.987 trang");
  }

  @Test
  void afterRenderingTheLineTellsTheStageWhereNoCountMoves() {
    line.sourcesParsed(1, 1);
    line.pagesRendered(3, 3);
    line.stepEnded("render: 20 files");
    String indexing = line.text();
    line.stepEnded("index: 2 items, 6 search files");
    String indexed = line.text();
    line.stepEnded("publish: staging 000002");

    assertThat(indexing).isEqualTo("Đang dựng: 1/1 bài · 3/3 trang · lập chỉ mục tìm kiếm");
    assertThat(indexed).isEqualTo("Đang dựng: 1/1 bài · 3/3 trang · xuất bản");
    assertThat(line.text()).isEqualTo(indexed);
    assertThat(err.toString()).contains("\r" + " ".repeat(indexing.length()) + "\r\r" + indexed);
  }

  @Test
  void stepLinesArePrintedWithTheProgressLineErasedAndRedrawnAfter() {
    line.sourcesParsed(2, 2);
    int drawn = err.toString().length();

    line.stepEnded("parse: 2 items, 0 pages");

    assertThat(steps).containsExactly("parse: 2 items, 0 pages");
    String blank = " ".repeat("Đang dựng: 2/2 bài".length());
    assertThat(err.toString().substring(drawn))
        .isEqualTo("\r" + blank + "\r" + "\rĐang dựng: 2/2 bài");
  }

  @Test
  void closeErasesTheLineAndLaterCountsDrawNothing() {
    line.sourcesParsed(2, 2);
    line.close();
    now += 1_000 * MS;
    line.pagesRendered(1, 1);

    String blank = " ".repeat("Đang dựng: 2/2 bài".length());
    assertThat(err.toString()).isEqualTo("\rĐang dựng: 2/2 bài\r" + blank + "\r");
  }
}
