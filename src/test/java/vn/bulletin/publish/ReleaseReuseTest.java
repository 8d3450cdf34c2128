package vn.bulletin.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Publishing with an old release reused as the next one: what each build links, writes and removes,
 * and that whatever a build leaves behind (a failure, a list torn or missing, a reused folder left
 * by a killed build) never lets an old file pass for a new one.
 */
class ReleaseReuseTest {
  @TempDir Path dir;
  private final List<String> steps = Collections.synchronizedList(new ArrayList<>());

  private Path out() {
    return dir.resolve("live/site");
  }

  private Path releases() {
    return dir.resolve("live/.bulletin/site-releases");
  }

  @Test
  void fourthBuildReusesTheOldestReleaseAndRecordsExactlyWhatChanged() throws IOException {
    publish(site("1"));
    publish(site("2"));
    publish(site("3"));
    Map<String, Object> before = inodes();
    Map<String, String> fourth = site("4");
    fourth.remove("a.html");
    fourth.put("moi/d.html", "d");
    steps.clear();

    SitePublisher.Outcome outcome = publish(fourth);

    assertThat(steps)
        .containsExactly(
            "publish: staging 000004",
            "publish: reusing 000001 for 000004 (1 paths changed since)",
            "publish: staged 000004 (4 files)",
            "publish: released 000004",
            "publish: switched site -> 000004");
    assertThat(outcome)
        .isEqualTo(new SitePublisher.Outcome(true, 2, 2, releases().resolve("000004")));
    assertThat(liveSite()).isEqualTo(fourth);
    assertThat(Files.readString(releases().resolve("000004.changes")))
        .isEqualTo("base\t000003\na.html\nindex.html\nmoi/d.html\nend\t3\n");
    Map<String, Object> after = inodes();
    assertThat(after.get("tin/b/index.html")).isEqualTo(before.get("tin/b/index.html"));
    assertThat(after.get("style.css")).isEqualTo(before.get("style.css"));
    assertThat(after.get("index.html")).isNotEqualTo(before.get("index.html"));
    assertThat(names(releases()))
        .containsExactly(
            ".lock",
            "000002",
            "000002.changes",
            "000002.keys",
            "000003",
            "000003.changes",
            "000003.keys",
            "000004",
            "000004.changes",
            "000004.keys");
  }

  @Test
  void firstBuildsAssembleFromScratchAndRecordTheirChanges() throws IOException {
    publish(site("1"));
    publish(site("2"));
    steps.clear();

    publish(site("3"));

    assertThat(steps)
        .containsExactly(
            "publish: staging 000003",
            "publish: staged 000003 (4 files)",
            "publish: released 000003",
            "publish: switched site -> 000003");
    assertThat(releases().resolve("000001.changes")).doesNotExist();
    assertThat(Files.readString(releases().resolve("000002.changes")))
        .isEqualTo("base\t000001\nindex.html\nend\t1\n");
    assertThat(Files.readString(releases().resolve("000003.keys"))).startsWith("\t4\na.html\t");
    for (String release : List.of("000001", "000002", "000003")) {
      assertThat(tree(releases().resolve(release)))
          .as(release)
          .isEqualTo(site(release.substring(5)));
    }
  }

  @Test
  void reusedReleaseCatchesUpWithEveryChangeSinceIt() throws IOException {
    List<Map<String, String>> versions = new ArrayList<>();
    for (int build = 1; build <= 9; build++) {
      Map<String, String> files = site(Integer.toString(build));
      if (build % 2 == 0) {
        files.remove("tin/b/index.html");
        files.put("tin/b", "b là một tệp ở bản " + build);
      }
      if (build % 3 == 0) {
        files.put("cu/" + build + "/x.html", "x" + build);
      }
      versions.add(files);
    }
    for (Map<String, String> version : versions) {
      publish(version);

      assertThat(liveSite()).isEqualTo(version);
    }
    assertThat(steps).filteredOn(s -> s.startsWith("publish: reusing")).hasSize(6);
    assertThat(out().toRealPath().resolve("cu")).isDirectory();
    assertThat(out().toRealPath().resolve("cu/6")).doesNotExist();
  }

  /** A kill at a step is simulated by copying the folders as they are when the step is reported. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "publish: staging",
        "publish: reusing",
        "publish: staged",
        "publish: released",
        "publish: switched"
      })
  void killAtEachStepLeavesOneWholeSiteAndLaterBuildsRight(String step) throws Exception {
    publish(site("1"));
    publish(site("2"));
    publish(site("3"));
    Path killed = dir.resolve("killed");
    Files.createDirectories(killed);
    SitePublisher publisher =
        new SitePublisher(
            out(),
            line -> {
              steps.add(line);
              if (line.startsWith(step)) {
                copy(dir.resolve("live"), killed);
              }
            });
    try (ReleaseWriter release = publisher.open()) {
      give(release, site("4"));
      release.commit();
    }
    Path killedOut = killed.resolve("site");
    assertThat(tree(killedOut.toRealPath())).isIn(site("3"), site("4"));

    for (int build = 5; build <= 8; build++) {
      try (ReleaseWriter release = new SitePublisher(killedOut).open()) {
        give(release, site(Integer.toString(build)));
        release.commit();
      }
      assertThat(tree(killedOut.toRealPath()))
          .as("build %d after the kill", build)
          .isEqualTo(site(Integer.toString(build)));
    }
    assertThat(names(killed.resolve(".bulletin/site-releases")))
        .noneMatch(n -> n.contains(".partial"))
        .filteredOn(n -> n.matches("\\d{6}"))
        .hasSize(3);
  }

  private static void copy(Path from, Path to) {
    try {
      Process cp = new ProcessBuilder("cp", "-a", from + "/.", to.toString()).inheritIO().start();
      assertThat(cp.waitFor()).isZero();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void unchangedBuildLeavesTheSiteWhereItIs() throws IOException {
    publish(site("1"));
    publish(site("2"));
    publish(site("3"));
    steps.clear();

    SitePublisher.Outcome outcome = publish(site("3"));

    assertThat(steps).containsExactly("publish: unchanged, site stays at 000003");
    assertThat(outcome.changed()).isFalse();
    assertThat(names(releases())).contains("000001", "000002", "000003").doesNotContain("000004");
  }

  @Test
  void failedBuildGivesTheReleaseItTookBackWhole() throws IOException {
    publish(site("1"));
    publish(site("2"));
    publish(site("3"));
    Map<String, String> oldest = tree(releases().resolve("000001"));

    try (ReleaseWriter release = new SitePublisher(out(), steps::add).open()) {
      give(release, site("4"));
    }

    assertThat(names(releases()))
        .containsExactly(
            ".lock",
            "000001",
            "000001.keys",
            "000002",
            "000002.changes",
            "000002.keys",
            "000003",
            "000003.changes",
            "000003.keys");
    assertThat(tree(releases().resolve("000001"))).isEqualTo(oldest);
    assertThat(liveSite()).isEqualTo(site("3"));
    steps.clear();
    publish(site("4"));
    assertThat(steps).contains("publish: reusing 000001 for 000004 (1 paths changed since)");
  }

  @Test
  void missingLinkOfTheChainMeansAssemblingFromScratch() throws IOException {
    publish(site("1"));
    publish(site("2"));
    publish(site("3"));
    Files.delete(releases().resolve("000002.changes"));
    steps.clear();

    publish(site("4"));

    assertThat(steps)
        .containsExactly(
            "publish: staging 000004",
            "publish: staged 000004 (4 files)",
            "publish: released 000004",
            "publish: switched site -> 000004",
            "publish: removed 000001");
    assertThat(liveSite()).isEqualTo(site("4"));
  }

  @Test
  void tornChangesAreNoChangesAtAll() throws IOException {
    publish(site("1"));
    publish(site("2"));
    publish(site("3"));
    Path changes = releases().resolve("000003.changes");
    Files.writeString(changes, "base\t000002\n");
    steps.clear();

    publish(site("4"));

    assertThat(steps).noneMatch(s -> s.startsWith("publish: reusing"));
    assertThat(liveSite()).isEqualTo(site("4"));
    assertThat(ReleaseChanges.parse("base\t000002\nindex.html\nend\t2\n")).isEmpty();
    assertThat(ReleaseChanges.parse("base\t000002\nindex.html\nend\t1")).isEmpty();
    assertThat(ReleaseChanges.parse("base\t000002\nindex.html\nend\t1\n"))
        .contains(new ReleaseChanges("000002", Set.of("index.html")));
  }

  @Test
  void tornListOfKeysIsUnknownAndEveryFileIsComparedAgain() throws IOException {
    publish(site("1"));
    publish(site("2"));
    publish(site("3"));
    Path keys = releases().resolve("000003.keys");
    String text = Files.readString(keys);
    Files.writeString(keys, text.substring(0, text.lastIndexOf('\n', text.length() - 2) + 1));
    steps.clear();

    SitePublisher.Outcome outcome = publish(site("4"));

    assertThat(steps).noneMatch(s -> s.startsWith("publish: reusing"));
    assertThat(outcome.written()).isEqualTo(1);
    assertThat(liveSite()).isEqualTo(site("4"));
    assertThat(ReleaseManifest.parse("\t2\na\tk\n")).isEmpty();
    assertThat(ReleaseManifest.parse("a\tk\nb\t\n")).contains(Map.of("a", "k", "b", ""));
  }

  @Test
  void fileRemovedFromTheLiveReleaseByHandFailsOnceThenEveryFileIsMadeAgain() throws IOException {
    publish(site("1"));
    Files.delete(out().toRealPath().resolve("style.css"));

    assertThatThrownBy(() -> publish(site("2")))
        .isInstanceOf(IOException.class)
        .hasMessage(
            "the live release lacks style.css, though its list names it; build again to make every file anew");
    assertThat(releases().resolve("000001.keys")).doesNotExist();

    publish(site("2"));
    assertThat(liveSite()).isEqualTo(site("2"));
  }

  private static Map<String, String> site(String home) {
    Map<String, String> files = new TreeMap<>();
    files.put("index.html", "trang chủ " + home);
    files.put("a.html", "a");
    files.put("tin/b/index.html", "bài b");
    files.put("style.css", "body{}");
    return files;
  }

  private SitePublisher.Outcome publish(Map<String, String> files) throws IOException {
    try (ReleaseWriter release = new SitePublisher(out(), steps::add).open()) {
      give(release, files);
      return release.commit();
    }
  }

  private static void give(ReleaseWriter release, Map<String, String> files) throws IOException {
    for (Map.Entry<String, String> file : files.entrySet()) {
      String key = sha(file.getValue());
      if (release.canKeep(file.getKey(), key)) {
        release.keep(file.getKey(), key);
      } else {
        release.write(file.getKey(), file.getValue().getBytes(StandardCharsets.UTF_8), key);
      }
    }
  }

  private Map<String, String> liveSite() throws IOException {
    return tree(out().toRealPath());
  }

  private static Map<String, String> tree(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(file).toString(), Files.readString(file));
      }
    }
    return files;
  }

  private Map<String, Object> inodes() throws IOException {
    Path root = out().toRealPath();
    Map<String, Object> inodes = new LinkedHashMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        inodes.put(
            root.relativize(file).toString(),
            Files.readAttributes(file, BasicFileAttributes.class).fileKey());
      }
    }
    return inodes;
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> list = Files.list(folder)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static String sha(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
