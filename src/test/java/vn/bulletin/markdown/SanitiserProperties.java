package vn.bulletin.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * Markdown built from hostile pieces, through Flexmark and the sanitiser, never holds live script.
 */
class SanitiserProperties {
  private static final List<String> PIECES =
      List.of(
          "<script>alert(1)</script>",
          "<img src=x onerror=alert(1)>",
          "[a](javascript:alert(1))",
          "[a](JaVaScRiPt:alert(1))",
          "[a](java&#115;cript:x)",
          "[a](&#x6A;avascript:x)",
          "[a](data:text/html;base64,PHNjcmlwdD4=)",
          "[a](vbscript:x)",
          "<a href=\"ja&Tab;vascript:x\">a</a>",
          "![i](javascript:x)",
          "<javascript:alert(1)>",
          "<svg onload=alert(1)>",
          "<iframe src=x></iframe>",
          "<style>*{}</style>",
          "<math><mi xlink:href=\"javascript:x\">",
          "<!-- --!><script>x</script>",
          "\n\n",
          "> ",
          "- ",
          "# ",
          "`",
          "*",
          "_",
          "[",
          "]",
          "(",
          ")",
          "<",
          ">",
          "\"",
          "'",
          "=",
          " ",
          "Hàm Cần",
          "|a|b|\n|-|-|\n",
          "<p onclick=x>",
          "</p>",
          "<a href='//evil.example'>",
          "[r]: javascript:x\n",
          "[r]",
          "&",
          "&#0;",
          "\u0000");
  private static final MarkdownRenderer SUPPRESSING = new MarkdownRenderer(false);
  private static final MarkdownRenderer ALLOWING = new MarkdownRenderer(true);
  private static final HtmlRefiner REFINER =
      new HtmlRefiner(new ImageSizeReader(Path.of("content")));

  @Provide
  Arbitrary<String> markdown() {
    return Arbitraries.of(PIECES).list().ofMaxSize(14).map(parts -> String.join("", parts));
  }

  @Property(tries = 1000)
  void sanitisedHtmlHoldsNoLiveScript(
      @ForAll("markdown") String markdown, @ForAll boolean allowHtml) {
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
