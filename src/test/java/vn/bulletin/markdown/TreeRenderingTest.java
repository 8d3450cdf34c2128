package vn.bulletin.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The tree written straight from Flexmark's nodes refines to the same page HTML as Flexmark's own
 * HTML parsed back: byte for byte, excerpt and links included.
 */
class TreeRenderingTest {
  private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer(false);
  private static final HtmlRefiner REFINER =
      new HtmlRefiner(new ImageSizeReader(Path.of("content")));
  private static final List<String> PIECES =
      List.of(
          "# ",
          "## ",
          "> ",
          "- ",
          "1. ",
          "3) ",
          "* ",
          "  ",
          "    ",
          "\n",
          "\n\n",
          "`",
          "```",
          "~~~",
          "```js\n",
          "*",
          "**",
          "_",
          "~~",
          "[",
          "]",
          "(",
          ")",
          "![",
          "<",
          ">",
          "\\",
          "&amp;",
          "&#273;",
          "&copy;",
          "&bogus;",
          "|",
          "|---|:-:|\n",
          "---\n",
          "***",
          "\"",
          "'",
          "Hàm Cần",
          "đồng bào",
          "https://hamcan.gov.vn/tin",
          "www.example.vn",
          "ubnd@hamcan.gov.vn",
          "<https://a.vn>",
          "<a@b.vn>",
          "[r]: /tin \"T\"\n",
          "[r]",
          "[x](/a \"t\")",
          "![ảnh](anh.jpg)",
          "  \n",
          "\t",
          "1.500.000",
          "\u00a0");
  private static final List<String> SAMPLES =
      List.of(
          "Đoạn một.\n\nĐoạn hai có **đậm**, *nghiêng*, ~~gạch~~ và `mã  nguồn`.\n",
          "- một\n- hai\n  - hai chấm một\n- ba\n",
          "1. một\n\n2. hai\n\n   tiếp\n",
          "7. bảy\n8. tám\n",
          "> trích\n> dẫn\n>\n> - danh sách\n",
          "```java\nint x = 1;\n```\n\n    thụt lề\n    mã\n\n\n",
          "| Xã | Dân số |\n|:---|---:|\n| Hàm Cần | 5.000 |\n| Hàm Thạnh |\n",
          "Dòng một  \ndòng hai\\\ndòng ba\ndòng bốn\n",
          "![Ảnh *đẹp*](anh.jpg \"Chú thích\")\n\n*Chú thích nghiêng*\n",
          "[liên kết](https://hamcan.gov.vn \"tiêu đề\") và <https://x.vn> và <thu@x.vn>.\n",
          "Xem https://hamcan.gov.vn/tin-tuc. Hoặc www.hamcan.gov.vn, gửi ubnd@hamcan.gov.vn!\n",
          "Tiêu đề\n===\n\nPhụ\n---\n\n***\n",
          "[tham chiếu][r]\n\n[r]: /gioi-thieu/ \"T\"\n",
          "&amp; &lt; &copy; &#x110; \\* \\_ a&b\n",
          "- [ ] việc\n- [x] xong\n",
          "");

  static Stream<String> samples() throws IOException {
    List<String> all = new ArrayList<>(SAMPLES);
    for (Path root : List.of(Path.of("content"), Path.of("src/test/resources"))) {
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path p : walk.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
          all.add(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
        }
      }
    }
    return all.stream();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void treeRefinesAsFlexmarkHtmlDoes(String markdown) {
    assertSameRefinement(markdown);
  }

  @Provide
  Arbitrary<String> markdown() {
    return Arbitraries.of(PIECES).list().ofMaxSize(24).map(parts -> String.join("", parts));
  }

  @Property(tries = 2000)
  void anyMarkdownRefinesAsFlexmarkHtmlDoes(@ForAll("markdown") String markdown) {
    assertSameRefinement(markdown);
  }

  // Deeply nested fixtures need the stack the build's workers have.
  private static void assertSameRefinement(String markdown) {
    Throwable[] failure = new Throwable[1];
    Thread thread =
        new Thread(
            null,
            () -> {
              try {
                compare(markdown);
              } catch (Throwable t) {
                failure[0] = t;
              }
            },
            "deep-stack",
            64L * 1024 * 1024);
    thread.start();
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
    if (failure[0] instanceof AssertionError error) {
      throw error;
    }
    assertThat(failure[0]).isNull();
  }

  private static void compare(String markdown) {
    LinkResolver links = new LinkResolver("tin/", false, "tin-tuc-su-kien/a/");
    HtmlRefiner.Result viaHtml = REFINER.refine(MARKDOWN.render(markdown, 0).html(), links);
    HtmlRefiner.Result viaTree = REFINER.refine(MARKDOWN.renderTree(markdown, 0), links);
    assertThat(viaTree.html()).as(markdown).isEqualTo(viaHtml.html());
    assertThat(viaTree.excerpt()).as(markdown).isEqualTo(viaHtml.excerpt());
    assertThat(viaTree.links()).as(markdown).isEqualTo(viaHtml.links());
  }
}
