package vn.bulletin.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.bulletin.markdown.MarkdownGuard.Bound;
import vn.bulletin.markdown.MarkdownGuard.Kind;

/**
 * Examples in the manner of the CommonMark spec: a body, what Flexmark is given, and what the
 * editor is told. The shapes are those of cmark's pathological tests, at the smallest size that
 * meets each limit.
 */
class MarkdownGuardTest {
  private final MarkdownGuard guard = new MarkdownGuard(MarkdownGuard.Limits.DEFAULT);
  private final MarkdownRenderer renderer = new MarkdownRenderer(false);

  @Test
  void ordinaryMarkdownIsGivenToFlexmarkAsItIs() {
    String body =
        """
        # Tiêu đề

        Văn *bản* có **đậm**, ~~gạch~~, `mã`, [liên kết](a.md) và ![ảnh](anh.jpg) &amp; <b>thẻ</b>.

        > trích dẫn
        > > lồng

        - mục
          - mục con

        | Xã | Dân số |
        |---|---|
        | Hàm Cần | 5000 |

        [tham chiếu]: https://example.vn
        """;

    MarkdownGuard.Guarded guarded = guard.guard(body);

    assertThat(guarded.body()).isSameAs(body);
    assertThat(guarded.bounds()).isEmpty();
  }

  @Test
  void theSampleContentIsGivenToFlexmarkAsItIs() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("content"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".md")).toList()) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(guard.guard(text).bounds()).as(file.toString()).isEmpty();
        assertThat(guard.guard(text).body()).as(file.toString()).isSameAs(text);
      }
    }
  }

  @Test
  void aRunOfSeventeenBackticksShowsAsTyped() {
    String ticks = "`".repeat(17);

    assertThat(guard.guard("e" + ticks + "e\n").body()).isEqualTo("e" + "&#96;".repeat(17) + "e\n");
    assertThat(renderer.render("a\n\ne`e``e" + ticks + "e\n", 0))
        .satisfies(
            result -> {
              assertThat(result.html()).isEqualTo("<p>a</p>\n<p>e`e``e" + ticks + "e</p>\n");
              assertThat(result.limits())
                  .containsExactly(
                      new MarkdownRenderer.Limit(
                          3,
                          "a run of more than 16 backticks, asterisks, underscores or tildes",
                          false));
            });
  }

  @Test
  void aLongRunOfAsterisksShowsAsTypedButARuleStaysARule() {
    String stars = "*".repeat(40);

    assertThat(guard.guard(stars + "a" + stars + "\n").body())
        .isEqualTo("\\*".repeat(40) + "a" + "\\*".repeat(40) + "\n");
    assertThat(guard.guard(stars + "\n").body()).isEqualTo(stars + "\n");
    assertThat(renderer.render("a\n\n" + stars + "\n", 0).html()).isEqualTo("<p>a</p>\n<hr />\n");
  }

  @Test
  void sixteenBackticksStillDelimitCode() {
    String ticks = "`".repeat(16);

    assertThat(renderer.render(ticks + " a " + ticks + "\n", 0).html())
        .isEqualTo("<p><code>a</code></p>\n");
  }

  @Test
  void backticksInAFenceAreLeftAlone() {
    String body = "```\n" + "`".repeat(40) + "\n```\n";

    assertThat(guard.guard(body).body()).isSameAs(body);
  }

  @Test
  void theTwoHundredAndFirstEmphasisRunOfAParagraphShowsAsTyped() {
    String body = "*a* ".repeat(100) + "_b_\n";

    assertThat(guard.guard(body))
        .satisfies(
            g -> {
              assertThat(g.body()).isEqualTo("*a* ".repeat(100) + "\\_b\\_\n");
              assertThat(g.bounds()).containsExactly(new Bound(Kind.EMPHASIS, 0));
            });
  }

  @Test
  void emphasisRunsCountPerParagraphAndPerListItem() {
    String paragraphs = ("*a* ".repeat(100) + "\n\n").repeat(3);
    String items = ("- " + "*a* ".repeat(100) + "\n").repeat(3);

    assertThat(guard.guard(paragraphs).bounds()).isEmpty();
    assertThat(guard.guard(items).bounds()).isEmpty();
  }

  @Test
  void nestedStrongEmphasisIsRenderedUpToTheLimit() {
    String body = "*a **a ".repeat(60) + "b" + " a** a*".repeat(60) + "\n";

    MarkdownRenderer.Result result = renderer.render(body, 0);

    // The closers past the limit are text, so the outer openers find none.
    assertThat(result.html())
        .startsWith("<p>*a **a ")
        .contains("<em>a <strong>a b a</strong> a</em>");
    assertThat(result.html()).endsWith(" a** a*</p>\n");
    assertThat(result.limits())
        .extracting(MarkdownRenderer.Limit::description)
        .containsExactly("more than 200 runs of *, _ or ~ in one paragraph");
  }

  @Test
  void theTwoHundredAndFirstBracketOfAParagraphShowsAsTyped() {
    String body = "[a".repeat(200) + "[a]\n";

    assertThat(guard.guard(body))
        .satisfies(
            g -> {
              assertThat(g.body()).isEqualTo("[a".repeat(200) + "\\[a\\]\n");
              assertThat(g.bounds()).containsExactly(new Bound(Kind.BRACKETS, 0));
            });
  }

  @Test
  void anAddressOpenedWithAnAngleAndNeverClosedIsNoLink() {
    String body = "[a](<b".repeat(3) + "\n";

    assertThat(guard.guard(body).body()).isEqualTo("[a]\\(<b".repeat(3) + "\n");
    assertThat(guard.guard(body).bounds()).isEmpty();
    assertThat(renderer.render(body, 0).html()).isEqualTo("<p>" + "[a](&lt;b".repeat(3) + "</p>\n");
    assertThat(guard.guard("[a](<b> \"t\")\n").body()).isEqualTo("[a](<b> \"t\")\n");
  }

  @Test
  void blockQuotesNestedPastThirtyTwoShowTheirMarks() {
    String body = "> ".repeat(33) + "a\n";

    assertThat(guard.guard(body).body()).isEqualTo("> ".repeat(32) + "\\> a\n");
    String html = renderer.render(body, 0).html();
    assertThat(html.split("<blockquote>", -1)).hasSize(33);
    assertThat(html).contains("<p>&gt; a</p>");
  }

  @Test
  void aListItemIndentedPastSixtyFourColumnsBecomesText() {
    String body =
        IntStream.range(0, 34)
            .mapToObj(i -> "  ".repeat(i) + "* a\n")
            .collect(Collectors.joining());

    MarkdownGuard.Guarded guarded = guard.guard(body);

    assertThat(guarded.body().lines().toList().get(33)).isEqualTo("  ".repeat(33) + "\\* a");
    assertThat(guard.guard("  ".repeat(60) + "* a\n").body())
        .isEqualTo("  ".repeat(33) + "\\* a\n");
    assertThat(guarded.bounds()).containsExactly(new Bound(Kind.LISTS, 33));
    assertThat(renderer.render(body, 0).html()).contains("<li>a\n* a</li>");
  }

  @Test
  void aBlankLineAfterEachHundredDefinitionsKeepsWhatTheyDefine() {
    String definitions =
        IntStream.rangeClosed(1, 250)
            .mapToObj(i -> "[" + i + "]: /u" + i + "\n")
            .collect(Collectors.joining());

    MarkdownGuard.Guarded guarded = guard.guard(definitions + "\n[1] [250]\n");

    assertThat(guarded.insertedBefore()).containsExactly(100, 200);
    assertThat(guarded.bounds()).containsExactly(new Bound(Kind.DEFINITIONS, 100));
    assertThat(renderer.render(definitions + "\n[1] [250]\n", 0).html())
        .isEqualTo("<p><a href=\"/u1\">1</a> <a href=\"/u250\">250</a></p>\n");
  }

  @Test
  void rawHtmlAfterInsertedBlankLinesIsReportedAtItsFileLine() {
    String definitions =
        IntStream.rangeClosed(1, 150)
            .mapToObj(i -> "[" + i + "]: /u\n")
            .collect(Collectors.joining());

    MarkdownRenderer.Result result = renderer.render(definitions + "\nCó <b>đậm</b>\n", 5);

    assertThat(result.rawHtmlLines()).containsExactly(5 + 152);
  }

  @Test
  void aBodyDenserThanAnyItemIsRefusedAtTheLineThatPassesTheBudget() {
    String line = "a &amp; ".repeat(20_000) + "\n";
    String body = "Mở đầu.\n\n" + line.repeat(6);

    MarkdownRenderer.Result result = renderer.render(body, 4);

    assertThat(result.html()).isEmpty();
    assertThat(result.limits())
        .containsExactly(
            new MarkdownRenderer.Limit(
                4 + 3 + 5, "more than 100,000 Markdown marks in one file", true));
  }

  @Test
  void eachLimitIsReportedOnceAtItsFirstLine() {
    String body = "a" + "`".repeat(20) + "\n\ntext\n\na" + "`".repeat(20) + "\n";

    assertThat(guard.guard(body).bounds()).containsExactly(new Bound(Kind.TICKS, 0));
  }
}
