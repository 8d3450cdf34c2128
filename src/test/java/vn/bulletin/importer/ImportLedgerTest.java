package vn.bulletin.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ledger a run saves after every page: appended to, read back as the last word per source. */
class ImportLedgerTest {
  @TempDir Path dir;

  private static ImportLedger.Entry entry(String url, String path, String hash) {
    return new ImportLedger.Entry(url, path, hash, "f" + hash);
  }

  private String file() throws IOException {
    return Files.readString(dir.resolve(ImportLedger.FILE), StandardCharsets.UTF_8);
  }

  // A run that saves after each page, as the importer does.
  private ImportLedger savedOneByOne(ImportLedger.Entry... entries) throws IOException {
    ImportLedger ledger = ImportLedger.load(dir);
    for (ImportLedger.Entry e : entries) {
      ledger.put(e);
      ledger.save();
    }
    return ledger;
  }

  @Test
  void aSaveAppendsOnlyWhatWasPutSinceTheLastOne() throws IOException {
    ImportLedger ledger =
        savedOneByOne(
            entry("http://a/1", "content/tin/mot.md", "1"),
            entry("http://a/2", "content/tin/hai.md", "2"));
    ledger.save();

    assertThat(file())
        .isEqualTo(
            "http://a/1\tcontent/tin/mot.md\t1\tf1\nhttp://a/2\tcontent/tin/hai.md\t2\tf2\n");
  }

  @Test
  void aLaterLineForTheSameSourceIsTheOneReadBack() throws IOException {
    savedOneByOne(
        entry("http://a/1", "content/tin/mot.md", "1"),
        entry("http://a/1", "content/tin/mot-moi.md", "9"));

    ImportLedger again = ImportLedger.load(dir);

    assertThat(again.find("http://a/1"))
        .contains(entry("http://a/1", "content/tin/mot-moi.md", "9"));
    assertThat(again.owns("content/tin/mot-moi.md")).isTrue();
    assertThat(again.owns("content/tin/mot.md")).isFalse();
  }

  @Test
  void aLastLineCutShortIsIgnoredAndTheNextSaveWritesTheFileWhole() throws IOException {
    savedOneByOne(entry("http://a/1", "content/tin/mot.md", "1"));
    Files.writeString(
        dir.resolve(ImportLedger.FILE),
        "http://a/2\tcontent/tin/hai.md\t2\tf",
        StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);

    ImportLedger again = ImportLedger.load(dir);
    again.put(entry("http://a/3", "content/tin/ba.md", "3"));
    again.save();

    assertThat(again.find("http://a/2")).isEmpty();
    assertThat(file())
        .isEqualTo("http://a/1\tcontent/tin/mot.md\t1\tf1\nhttp://a/3\tcontent/tin/ba.md\t3\tf3\n");
  }

  @Test
  void supersededLinesAreDroppedOnceTheyOutnumberTheLiveOnes() throws IOException {
    ImportLedger ledger = ImportLedger.load(dir);
    for (int i = 0; i < 150; i++) {
      ledger.put(entry("http://a/1", "content/tin/mot.md", Integer.toString(i)));
      ledger.save();
    }

    // Rewritten at the 103rd save (past 2 x 1 live line + 100), then 47 lines appended.
    assertThat(file().lines().count()).isEqualTo(48);
    assertThat(ImportLedger.load(dir).find("http://a/1"))
        .contains(entry("http://a/1", "content/tin/mot.md", "149"));
  }
}
