package vn.bulletin.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.bulletin.pipeline.BuildListener;
import vn.bulletin.pipeline.BuildResult;
import vn.bulletin.pipeline.BuildSession;
import vn.bulletin.pipeline.SiteBuilder;
import vn.bulletin.testing.FileTrees;

/**
 * After any sequence of edits, additions, deletions, renames, category, template and config
 * changes, each followed by a rebuild (some by a long-lived session as {@code serve --watch} keeps,
 * some by a new one as {@code bulletin build} starts), the site is byte for byte what a clean build
 * of the same content gives. Changes follow each other within milliseconds, so a file changed again
 * in the same tick of the clock as the build that read it is among the cases.
 */
class IncrementalBuildProperties {
  /** One change to the site's sources; {@code n} picks an item, {@code words} what is written. */
  record Change(Kind kind, int n, String words, boolean newSession) {}

  enum Kind {
    BODY,
    SAME_LENGTH_BODY,
    TITLE,
    ADD,
    DELETE,
    RENAME,
    CATEGORY,
    TEMPLATE,
    CONFIG
  }

  @Provide
  Arbitrary<List<Change>> changes() {
    Arbitrary<String> words =
        Arbitraries.strings().withChars("aăâbcdđeêghiklmnoôơ ").ofMinLength(1).ofMaxLength(20);
    return net.jqwik.api.Combinators.combine(
            Arbitraries.of(Kind.class),
            Arbitraries.integers().between(0, 7),
            words,
            Arbitraries.of(true, false))
        .as(Change::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(6);
  }

  @Property(tries = 8)
  void everyRebuildEqualsACleanBuild(@ForAll("changes") List<Change> changes) throws IOException {
    Path incremental = Files.createTempDirectory("bulletin-inc");
    Path clean = Files.createTempDirectory("bulletin-clean");
    try {
      Sources sources = new Sources();
      TestSite site = sources.writeTo(TestSite.in(incremental));
      BuildSession session = BuildSession.fromDisk();
      assertThat(build(site, session).succeeded()).isTrue();
      for (Change change : changes) {
        Set<Path> saved = sources.apply(change, site);
        if (change.newSession()) {
          session = BuildSession.fromDisk();
        } else {
          session.saved(saved); // as the preview's watcher tells it
        }
        BuildResult result = build(site, session);
        assertThat(result.succeeded()).as(change + ": " + result.diagnostics()).isTrue();
      }
      TestSite fresh = sources.writeTo(TestSite.in(clean));
      assertThat(fresh.build().succeeded()).isTrue();
      assertThat(FileTrees.digest(site.out())).isEqualTo(FileTrees.digest(fresh.out()));
    } finally {
      FileTrees.delete(incremental);
      FileTrees.delete(clean);
    }
  }

  private static BuildResult build(TestSite site, BuildSession session) {
    return new SiteBuilder(site.options(), BuildListener.SILENT, session).build();
  }

  /**
   * The site's sources as the changes leave them: items by file, the template tweak and the site
   * name.
   */
  private static final class Sources {
    private final Map<String, String[]> items = new TreeMap<>();
    private String templateTail = "";
    private String name = "Bản tin thử";
    private int added;

    Sources() {
      for (int i = 0; i < 6; i++) {
        items.put(
            "content/tin/bai-" + i + ".md",
            new String[] {
              "Bài " + i,
              i % 2 == 0 ? "Tin tức - Sự kiện" : "Thông báo",
              "Nội dung bài " + i + ".",
              String.format(java.util.Locale.ROOT, "%02d", i + 1)
            });
      }
    }

    TestSite writeTo(TestSite site) {
      items.forEach((path, item) -> write(site, path, item));
      site.file("bulletin.yaml", TestSite.CONFIG.replace("Bản tin thử", name));
      appendTemplate(site);
      return site;
    }

    private void appendTemplate(TestSite site) {
      try {
        Path article = site.dir().resolve("templates/article.ftlh");
        String original = Files.readString(Path.of("templates/article.ftlh"));
        Files.writeString(article, original + templateTail);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    private static void write(TestSite site, String path, String[] item) {
      site.item(
          path,
          "title: \""
              + item[0]
              + "\"\ndate: 2024-09-"
              + item[3]
              + "T08:00:00+07:00\ncategory: \""
              + item[1]
              + "\"\ntags: [\"Chung\"]",
          item[2] + "\n");
    }

    /** Applies the change; the files it saved or removed, relative to the site's folder. */
    Set<Path> apply(Change change, TestSite site) {
      List<String> paths = List.copyOf(items.keySet());
      String path = paths.isEmpty() ? "" : paths.get(change.n() % paths.size());
      String[] item = items.get(path);
      Set<Path> saved = new java.util.HashSet<>(Set.of(Path.of(path)));
      switch (change.kind()) {
        case BODY ->
            update(site, path, item, 2, item == null ? "" : item[2] + " " + change.words());
        case SAME_LENGTH_BODY ->
            update(site, path, item, 2, item == null ? "" : sameLength(item[2]));
        case TITLE -> update(site, path, item, 0, change.words().strip() + " " + change.n());
        case CATEGORY ->
            update(
                site,
                path,
                item,
                1,
                item != null && item[1].equals("Thông báo") ? "Tin tức - Sự kiện" : "Thông báo");
        case ADD -> {
          String file = "content/tin/moi-" + added++ + ".md";
          saved.add(Path.of(file));
          String[] fresh = {
            "Bài mới " + added,
            "Thông báo",
            change.words(),
            String.format(java.util.Locale.ROOT, "%02d", 10 + change.n())
          };
          items.put(file, fresh);
          write(site, file, fresh);
        }
        case DELETE -> {
          if (items.size() > 1) {
            items.remove(path);
            site.delete(path);
          }
        }
        case RENAME -> {
          if (item != null) {
            String to = path.replace(".md", "-doi-ten.md");
            saved.add(Path.of(to));
            items.remove(path);
            items.put(to, item);
            site.delete(path);
            write(site, to, item);
          }
        }
        case TEMPLATE -> {
          templateTail += "\n";
          appendTemplate(site);
          saved.add(Path.of("templates/article.ftlh"));
        }
        case CONFIG -> {
          name = "Bản tin " + change.words().strip() + " " + change.n();
          site.file("bulletin.yaml", TestSite.CONFIG.replace("Bản tin thử", name));
          saved.add(Path.of("bulletin.yaml"));
        }
      }
      return saved;
    }

    private void update(TestSite site, String path, String[] item, int field, String value) {
      if (item == null) {
        return;
      }
      String[] changed = item.clone();
      changed[field] = value;
      items.put(path, changed);
      write(site, path, changed);
    }

    // The same number of characters, another text: a save that leaves the size as it was.
    private static String sameLength(String text) {
      char last = text.charAt(text.length() - 1);
      return text.substring(0, text.length() - 1) + (last == 'x' ? 'y' : 'x');
    }
  }
}
