package vn.bulletin.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bulletin.content.SourceStamp;
import vn.bulletin.model.Category;
import vn.bulletin.model.NewsItem;

class ParseCacheTest {
  private static final long HOUR = 3_600_000_000_000L;
  private static final long READ_AT = 1_700_000_000_000_000_000L;
  private static final SourceStamp OLD = new SourceStamp(120, READ_AT - HOUR, "(dev=1,ino=7)");

  @TempDir Path dir;

  private Path file() {
    return dir.resolve("cache/parsed.bin");
  }

  private static ParseCache.Entry entry(String path, String body) {
    NewsItem item =
        new NewsItem(
            path,
            "a",
            "tin/a/",
            "Tiêu đề",
            ZonedDateTime.parse("2024-09-19T08:00+07:00"),
            new Category("Tin", "tin", ""),
            List.of(),
            "Tóm tắt",
            Optional.empty(),
            "",
            "",
            false,
            false,
            body,
            List.of());
    return new ParseCache.Entry(Optional.of(item), Optional.empty(), List.of(), List.of());
  }

  private ParseCache saved(String... paths) throws IOException {
    ParseCache store = ParseCache.load(file(), "salt");
    store.startBuild();
    for (String path : paths) {
      store.put(
          path,
          ParseCache.hash("text of " + path),
          OLD,
          READ_AT,
          entry(path, "<p>" + path + "</p>"));
    }
    store.save();
    return store;
  }

  @Test
  void aSourceWhoseStampDidNotMoveIsFoundUnreadWithItsBodyDecodedOnDemand() throws IOException {
    saved("content/a.md", "content/b.md");

    ParseCache again = ParseCache.load(file(), "salt");

    NewsItem item = again.findUnchanged("content/b.md", OLD).orElseThrow().item().orElseThrow();
    assertThat(item.body().digest())
        .isEqualTo(vn.bulletin.model.HtmlBody.digestOf("<p>content/b.md</p>"));
    assertThat(item.bodyHtml()).isEqualTo("<p>content/b.md</p>");
  }

  @Test
  void aMovedStampIsNotTrustedButTheSameTextIsFoundByItsHash() throws IOException {
    saved("content/a.md");
    ParseCache again = ParseCache.load(file(), "salt");
    SourceStamp touched = new SourceStamp(120, READ_AT - HOUR + 1, "(dev=1,ino=7)");

    assertThat(again.findUnchanged("content/a.md", touched)).isEmpty();
    assertThat(
            again.find("content/a.md", ParseCache.hash("text of content/a.md"), touched, READ_AT))
        .isPresent();
    assertThat(again.find("content/a.md", ParseCache.hash("other text"), touched, READ_AT))
        .isEmpty();
  }

  @Test
  void aFileChangedWithinTheClocksGranularityOfItsReadIsReadAgain() throws IOException {
    ParseCache store = ParseCache.load(file(), "salt");
    SourceStamp justSaved = new SourceStamp(120, READ_AT - 1_000_000, "(dev=1,ino=7)");
    store.put(
        "content/a.md",
        ParseCache.hash("x"),
        justSaved,
        READ_AT,
        entry("content/a.md", "<p>x</p>"));

    assertThat(store.findUnchanged("content/a.md", justSaved)).isEmpty();
  }

  @Test
  void anItemReadBackEqualsTheItemStored() throws IOException {
    ParseCache store = ParseCache.load(file(), "salt");
    store.startBuild();
    NewsItem offset = entry("content/a.md", "<p>a</p>").item().orElseThrow();
    NewsItem zoned =
        new NewsItem(
            "content/b.md",
            "b",
            "tin/b/",
            "Tiêu đề",
            ZonedDateTime.parse("2024-09-19T08:15:30.5+07:00[Asia/Ho_Chi_Minh]"),
            new Category("Tin", "tin", ""),
            List.of(),
            "",
            Optional.empty(),
            "",
            "",
            true,
            false,
            "<p>b</p>",
            List.of());
    store.put(
        "content/a.md",
        "h",
        OLD,
        READ_AT,
        new ParseCache.Entry(Optional.of(offset), Optional.empty(), List.of(), List.of()));
    store.put(
        "content/b.md",
        "h",
        OLD,
        READ_AT,
        new ParseCache.Entry(Optional.of(zoned), Optional.empty(), List.of(), List.of()));
    store.save();

    ParseCache again = ParseCache.load(file(), "salt");

    assertThat(again.findUnchanged("content/a.md", OLD).orElseThrow().item()).contains(offset);
    assertThat(again.findUnchanged("content/b.md", OLD).orElseThrow().item()).contains(zoned);
  }

  @Test
  void anotherSaltIsAnEmptyStore() throws IOException {
    saved("content/a.md");

    assertThat(ParseCache.load(file(), "other").size()).isZero();
  }

  @Test
  void aSaveAppendsOnlyTheEntriesThisBuildChanged() throws IOException {
    saved("content/a.md", "content/b.md");
    long before = Files.size(file());
    ParseCache again = ParseCache.load(file(), "salt");
    again.startBuild();
    again.findUnchanged("content/a.md", OLD).orElseThrow();
    again.use("content/a.md");
    again.put(
        "content/b.md", ParseCache.hash("new"), OLD, READ_AT, entry("content/b.md", "<p>new</p>"));

    again.save();

    assertThat(Files.size(file())).isGreaterThan(before);
    ParseCache third = ParseCache.load(file(), "salt");
    assertThat(
            third.findUnchanged("content/b.md", OLD).orElseThrow().item().orElseThrow().bodyHtml())
        .isEqualTo("<p>new</p>");
    assertThat(third.findUnchanged("content/a.md", OLD)).isPresent();
  }

  @Test
  void aTailCutShortLosesOnlyTheRecordsAfterTheCut() throws IOException {
    saved("content/a.md");
    ParseCache again = ParseCache.load(file(), "salt");
    again.startBuild();
    again.use("content/a.md");
    again.put(
        "content/b.md", ParseCache.hash("b"), OLD, READ_AT, entry("content/b.md", "<p>b</p>"));
    again.save();
    byte[] bytes = Files.readAllBytes(file());
    Files.write(
        file(),
        java.util.Arrays.copyOf(bytes, bytes.length - 5),
        StandardOpenOption.TRUNCATE_EXISTING);

    ParseCache cut = ParseCache.load(file(), "salt");

    assertThat(cut.findUnchanged("content/a.md", OLD)).isPresent();
    assertThat(cut.findUnchanged("content/b.md", OLD)).isEmpty();
  }

  @Test
  void aRecordThatDoesNotMatchItsChecksumEndsTheLogThere() throws IOException {
    saved("content/a.md", "content/b.md", "content/c.md");
    byte[] bytes = Files.readAllBytes(file());
    String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
    int at = text.indexOf("content/b.md");
    bytes[at + "content/".length()] = 'x';
    Files.write(file(), bytes, StandardOpenOption.TRUNCATE_EXISTING);

    ParseCache damaged = ParseCache.load(file(), "salt");

    assertThat(damaged.findUnchanged("content/a.md", OLD)).isPresent();
    assertThat(damaged.findUnchanged("content/b.md", OLD)).isEmpty();
    assertThat(damaged.findUnchanged("content/c.md", OLD)).isEmpty();
    assertThat(damaged.findUnchanged("content/xb.md", OLD)).isEmpty();
  }

  @Test
  void entriesNoBuildUsesAreDroppedWhenTheLogIsRewritten() throws IOException {
    saved("content/a.md", "content/b.md");
    ParseCache again = ParseCache.load(file(), "salt");
    again.startBuild();
    again.use("content/a.md");

    again.save();

    assertThat(again.size()).isEqualTo(1);
  }
}
