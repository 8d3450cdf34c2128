import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;
import vn.bulletin.markdown.HtmlRefiner;
import vn.bulletin.markdown.ImageSizeReader;
import vn.bulletin.markdown.LinkResolver;
import vn.bulletin.markdown.MarkdownRenderer;

/**
 * Renders each of cmark's pathological shapes, and ordinary text, at a base size and at 10 and 100
 * times it, as the parse stage does (Markdown to a tree, then refined), on a thread with the parse
 * stage's 64 MB stack. Prints CPU and wall time per size and how each grew from the size before:
 * about 10 is linear. The largest size is the loader's limit, 2 MiB.
 *
 *   java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp target/bulletin.jar bench/markdown/MarkdownBench.java [BASE_BYTES]
 */
public class MarkdownBench {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final MarkdownRenderer RENDERER = new MarkdownRenderer(false);
  private static final HtmlRefiner REFINER = new HtmlRefiner(new ImageSizeReader(Path.of(".")));

  public static void main(String[] args) throws Exception {
    int base = args.length > 0 ? Integer.parseInt(args[0]) : 20_971;
    warmUp();
    System.out.printf("%-34s %9s %9s %9s %7s  %s%n", "shape", "bytes", "cpu ms", "wall ms", "growth", "outcome");
    for (Map.Entry<String, IntFunction<String>> shape : shapes().entrySet()) {
      double previous = 0;
      for (int scale : new int[] {1, 10, 100}) {
        String body = shape.getValue().apply(base * scale);
        double[] times = new double[2];
        String[] outcome = new String[1];
        Thread worker = new Thread(null, () -> {
          long cpu = THREADS.getCurrentThreadCpuTime();
          long wall = System.nanoTime();
          outcome[0] = outcome(body);
          times[0] = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6;
          times[1] = (System.nanoTime() - wall) / 1e6;
        }, "render", 64L * 1024 * 1024);
        worker.start();
        worker.join();
        String growth = previous == 0 ? "" : String.format("%.1f", times[0] / previous);
        System.out.printf("%-34s %9d %9.1f %9.1f %7s  %s%n", shape.getKey() + " ×" + scale, body.length(),
            times[0], times[1], growth, outcome[0]);
        previous = Math.max(times[0], 0.1);
      }
    }
  }

  private static String outcome(String body) {
    MarkdownRenderer.Tree tree = RENDERER.renderTree(body, 0);
    REFINER.refine(tree, new LinkResolver("tin/", false, "tin-tuc/a/"));
    return tree.limits().stream()
        .map(l -> (l.refused() ? "refused" : "bounded") + " at " + l.lineNumber() + ": " + l.description())
        .reduce((a, b) -> a + "; " + b).orElse("rendered");
  }

  private static void warmUp() {
    for (int i = 0; i < 20; i++) {
      outcome("Đoạn *một* có [liên kết](a.md), `mã` và &amp;.\n\n> trích\n\n- mục\n".repeat(200));
    }
  }

  private static Map<String, IntFunction<String>> shapes() {
    Map<String, IntFunction<String>> shapes = new LinkedHashMap<>();
    shapes.put("ordinary text", n -> fill(n, "Xã Hàm Cần tổ chức *lễ* ký kết [kết nghĩa](a.md) với `đơn vị` bạn.\n\n"));
    shapes.put("nested strong emphasis", n -> nested(n, "*a **a ", "b", " a** a*"));
    shapes.put("emphasis closers without openers", n -> fill(n, "a_ "));
    shapes.put("emphasis openers without closers", n -> fill(n, "_a "));
    shapes.put("link closers without openers", n -> fill(n, "a]"));
    shapes.put("link openers without closers", n -> fill(n, "[a"));
    shapes.put("mismatched openers and closers", n -> fill(n, "*a_ "));
    shapes.put("openers and closers multiple of 3", n -> "a**b" + fill(n - 4, "c* "));
    shapes.put("link openers and emphasis closers", n -> fill(n, "[ a_"));
    shapes.put("nested brackets", n -> nested(n, "[", "a", "]"));
    shapes.put("nested block quotes", n -> fill(n, "> ") + "a");
    shapes.put("deeply nested lists", MarkdownBench::nestedLists);
    shapes.put("backticks", MarkdownBench::backticks);
    shapes.put("unclosed links A", n -> fill(n, "[a](<b"));
    shapes.put("unclosed links B", n -> fill(n, "[a](b"));
    shapes.put("many references", MarkdownBench::references);
    shapes.put("entities", n -> fill(n, "a &amp; b "));
    shapes.put("inline links", n -> fill(n, "[a](http://x.vn) "));
    return shapes;
  }

  private static String fill(int bytes, String unit) {
    return unit.repeat(Math.max(1, bytes / unit.length()));
  }

  private static String nested(int bytes, String open, String middle, String close) {
    int n = Math.max(1, bytes / (open.length() + close.length()));
    return open.repeat(n) + middle + close.repeat(n);
  }

  private static String nestedLists(int bytes) {
    StringBuilder out = new StringBuilder();
    for (int level = 0; out.length() < bytes; level++) {
      out.append("  ".repeat(level)).append("* a\n");
    }
    return out.toString();
  }

  private static String backticks(int bytes) {
    StringBuilder out = new StringBuilder();
    for (int run = 1; out.length() < bytes; run++) {
      out.append('e').append("`".repeat(run));
    }
    return out.toString();
  }

  private static String references(int bytes) {
    StringBuilder out = new StringBuilder();
    for (int i = 1; out.length() < bytes * 15 / 16; i++) {
      out.append('[').append(i).append("]: u\n");
    }
    return out.append("[0] ".repeat(bytes / 64)).toString();
  }
}
