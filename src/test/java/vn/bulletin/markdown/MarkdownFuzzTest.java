package vn.bulletin.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * Markdown → Flexmark → sanitiser never yields live script, with raw HTML suppressed or allowed.
 * Replays {@code MarkdownFuzzTestInputs/} in every test run; fuzzes with {@code JAZZER_FUZZ=1} (see
 * docs/reliability.md).
 */
class MarkdownFuzzTest {
  private static final MarkdownRenderer SUPPRESSING = new MarkdownRenderer(false);
  private static final MarkdownRenderer ALLOWING = new MarkdownRenderer(true);
  private static final HtmlRefiner REFINER =
      new HtmlRefiner(new ImageSizeReader(Path.of("content")));

  @FuzzTest(maxDuration = "3m")
  void sanitisedMarkdownHoldsNoLiveScript(FuzzedDataProvider data) {
    boolean allowHtml = data.consumeBoolean();
    String markdown = data.consumeRemainingAsString();
    String html = (allowHtml ? ALLOWING : SUPPRESSING).render(markdown, 0).html();
    String refined =
        REFINER.refine(html, new LinkResolver("tin/", false, "tin-tuc-su-kien/a/")).html();

    for (Element e : Jsoup.parseBodyFragment(refined).getAllElements()) {
      assertThat(e.tagName())
          .isNotIn("script", "iframe", "style", "svg", "math", "object", "embed", "form");
      for (Attribute a : e.attributes()) {
        String value = a.getValue().replaceAll("[\\s\\p{Cc}]", "").toLowerCase(Locale.ROOT);
        assertThat(a.getKey()).doesNotStartWith("on");
        assertThat(value)
            .doesNotStartWith("javascript:")
            .doesNotStartWith("vbscript:")
            .doesNotStartWith("data:");
      }
    }
  }
}
