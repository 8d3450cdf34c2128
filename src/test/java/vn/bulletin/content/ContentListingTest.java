package vn.bulletin.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bulletin.testing.FileTrees;

/**
 * A listing brought up to date from the saves a watcher reports is the listing a new walk gives.
 */
class ContentListingTest {
  @TempDir Path dir;

  @BeforeEach
  void files() throws IOException {
    write("content/tin/a.md", "a");
    write("content/tin/b.md", "b");
    write("content/tin/ham-can/index.md", "c");
    write("content/tin/ham-can/anh-1.jpg", "jpeg");
  }

  @Test
  void aWalkListsEveryFileButHiddenAndScratchOnesInPathOrder() throws IOException {
    write("content/tin/.a.md.swp", "vim");
    write("content/tin/a.md~", "backup");
    write("content/.git/config", "git");

    assertThat(paths(ContentListing.of(dir)))
        .containsExactly(
            "content/tin/a.md",
            "content/tin/b.md",
            "content/tin/ham-can/anh-1.jpg",
            "content/tin/ham-can/index.md");
  }

  @Test
  void aSavedFileIsStampedAgain() throws IOException {
    ContentListing before = ContentListing.of(dir);
    write("content/tin/a.md", "a, longer now");

    assertThat(stamps(before.after(Set.of(Path.of("content/tin/a.md")))))
        .isEqualTo(stamps(ContentListing.of(dir)));
  }

  @Test
  void anAddedAndARemovedFileAreSeen() throws IOException {
    ContentListing before = ContentListing.of(dir);
    write("content/tin/c.md", "c");
    Files.delete(dir.resolve("content/tin/b.md"));

    ContentListing after =
        before.after(Set.of(Path.of("content/tin/c.md"), Path.of("content/tin/b.md")));

    assertThat(stamps(after)).isEqualTo(stamps(ContentListing.of(dir)));
    assertThat(paths(after)).contains("content/tin/c.md").doesNotContain("content/tin/b.md");
  }

  @Test
  void aFolderSavedStandsForAllItHolds() throws IOException {
    ContentListing before = ContentListing.of(dir);
    write("content/tin/moi/index.md", "new bundle");
    write("content/tin/moi/anh.jpg", "jpeg");
    FileTrees.delete(dir.resolve("content/tin/ham-can"));

    ContentListing after =
        before.after(Set.of(Path.of("content/tin/moi"), Path.of("content/tin/ham-can")));

    assertThat(paths(after))
        .containsExactly(
            "content/tin/a.md",
            "content/tin/b.md",
            "content/tin/moi/anh.jpg",
            "content/tin/moi/index.md");
  }

  @Test
  void aHiddenFileSavedStaysUnlisted() throws IOException {
    ContentListing before = ContentListing.of(dir);
    write("content/tin/.a.md.swp", "vim");

    assertThat(paths(before.after(Set.of(Path.of("content/tin/.a.md.swp")))))
        .isEqualTo(paths(before));
  }

  @Test
  void savesOutsideContentLeaveTheListingAsItIs() {
    ContentListing before = ContentListing.of(dir);

    assertThat(before.after(Set.of(Path.of("templates/article.ftlh"), Path.of("bulletin.yaml"))))
        .isSameAs(before);
  }

  @Test
  void aSaveNamingTheProjectOrContentItselfWalksAgain() throws IOException {
    ContentListing before = ContentListing.of(dir);
    write("content/khac/d.md", "unreported");

    assertThat(paths(before.after(Set.of(Path.of(""))))).contains("content/khac/d.md");
    assertThat(paths(before.after(Set.of(Path.of("content"))))).contains("content/khac/d.md");
  }

  private void write(String path, String text) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private static List<String> paths(ContentListing listing) {
    List<String> out = new ArrayList<>();
    listing.forEachStamp((path, file, stamp) -> out.add(path));
    return out;
  }

  private static List<String> stamps(ContentListing listing) {
    List<String> out = new ArrayList<>();
    listing.forEachStamp((path, file, stamp) -> out.add(path + " " + stamp));
    return out;
  }
}
