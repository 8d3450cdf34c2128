package vn.bulletin.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownRendererTest {
  private final MarkdownRenderer renderer = new MarkdownRenderer(false);

  @Test
  void tablesAreRendered() {
    String html = renderer.render("| Xã | Dân số |\n|---|---|\n| Hàm Cần | 5000 |\n", 0).html();

    assertThat(html)
        .isEqualTo(
            "<table>\n<thead>\n<tr><th>Xã</th><th>Dân số</th></tr>\n</thead>\n"
                + "<tbody>\n<tr><td>Hàm Cần</td><td>5000</td></tr>\n</tbody>\n</table>\n");
  }

  @Test
  void strikethroughIsDel() {
    assertThat(renderer.render("Giá ~~cũ~~ mới\n", 0).html())
        .isEqualTo("<p>Giá <del>cũ</del> mới</p>\n");
  }

  @Test
  void rawHtmlIsDroppedAndReportedAtItsFileLine() {
    MarkdownRenderer.Result result =
        renderer.render(
            """
        Đoạn một.

        <div>khối</div>

        Có <b>đậm</b> ở đây.
        """,
            5);

    assertThat(result.html()).isEqualTo("<p>Đoạn một.</p>\n<p>Có đậm ở đây.</p>\n");
    assertThat(result.rawHtmlLines()).containsExactly(8, 10);
  }

  @Test
  void rawHtmlOnTheSecondLineOfAParagraphIsReportedThere() {
    MarkdownRenderer.Result result = renderer.render("Dòng một\ndòng <span>hai</span>\n", 5);

    assertThat(result.rawHtmlLines()).containsExactly(7);
  }

  @Test
  void htmlCommentsAreNotReported() {
    MarkdownRenderer.Result result = renderer.render("<!-- ghi chú -->\n\nVăn <!-- x --> bản\n", 5);

    assertThat(result.rawHtmlLines()).isEmpty();
    assertThat(result.html()).doesNotContain("ghi chú", "<!--");
  }

  @Test
  void rawHtmlIsKeptWhenAllowedAndStillReported() {
    MarkdownRenderer.Result result = new MarkdownRenderer(true).render("Có <b>đậm</b>\n", 0);

    assertThat(result.html()).isEqualTo("<p>Có <b>đậm</b></p>\n");
    assertThat(result.rawHtmlLines()).containsExactly(1);
  }
}
