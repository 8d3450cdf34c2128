import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.bulletin.publish.ReleaseWriter;
import vn.bulletin.publish.SitePublisher;

/**
 * Times the publishing calls of one build against a built site, in a new JVM: open, the calls made
 * while rendering (every page kept but the first CHANGES pages, which get new bytes), commit and
 * close. The files and keys come from the live release's ".keys" list (its first line, the count,
 * is skipped); unkeyed files are given
 * their live bytes again, as a build gives the same text.
 *
 *   java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp target/bulletin.jar \
 *     bench/publish/PublishBench.java SITE CHANGES
 */
public class PublishBench {
  public static void main(String[] args) throws Exception {
    Path site = Path.of(args[0]).toAbsolutePath();
    int changes = Integer.parseInt(args[1]);
    Path live = site.toRealPath();
    List<String> lines = Files.readAllLines(live.resolveSibling(live.getFileName() + ".keys"), StandardCharsets.UTF_8);
    String stamp = Long.toString(System.nanoTime());
    long start = System.nanoTime();
    SitePublisher publisher = new SitePublisher(site, step -> System.out.printf("%8.1f ms  %s%n", since(start), step));
    ReleaseWriter release = publisher.open();
    double opened = since(start);
    int changed = 0;
    long given = System.nanoTime();
    for (String line : lines) {
      int tab = line.indexOf('\t');
      if (tab == 0) {
        continue;
      }
      String path = line.substring(0, tab);
      String key = line.substring(tab + 1);
      if (changed < changes && path.endsWith(".html") && !key.isEmpty()) {
        release.write(path, ("<p>" + stamp + " " + path + "</p>\n").getBytes(StandardCharsets.UTF_8), "bench:" + stamp);
        changed++;
      } else if (!key.isEmpty() && release.canKeep(path, key)) {
        release.keep(path, key);
      } else {
        release.write(path, Files.readAllBytes(live.resolve(path)), key);
      }
    }
    double giving = since(given);
    long committing = System.nanoTime();
    SitePublisher.Outcome outcome = release.commit();
    double commit = since(committing);
    long closing = System.nanoTime();
    release.close();
    double close = since(closing);
    System.out.printf("files %d, changed %d, written %d%n", lines.size(), changed, outcome.written());
    System.out.printf("open %.1f ms, files given %.1f ms, commit %.1f ms, close %.1f ms; open+commit+close %.1f ms%n",
        opened, giving, commit, close, opened + commit + close);
  }

  private static double since(long start) {
    return (System.nanoTime() - start) / 1e6;
  }
}
