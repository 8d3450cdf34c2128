package vn.bulletin.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldenDiffTest {
  @TempDir Path golden;
  @TempDir Path built;

  @Test
  void sameTreesHaveNoDifference() throws IOException {
    write(golden, "index.html", "<h1>Tin</h1>\n");
    write(built, "index.html", "<h1>Tin</h1>\n");

    assertThat(GoldenDiff.between(golden, built)).isEmpty();
  }

  @Test
  void everyDifferenceIsShownNotOnlyTheFirst() throws IOException {
    write(golden, "a/index.html", "<h1>Tin</h1>\n<p>một</p>\n<p>hai</p>\n");
    write(built, "a/index.html", "<h1>Tin</h1>\n<p>một</p>\n<p>ba</p>\n");
    write(golden, "b/index.html", "\tx\n");
    write(built, "b/index.html", "  x\n");
    write(golden, "cu.html", "old\n");
    write(built, "moi.html", "new\n");
    Files.write(golden.resolve("search.bin"), new byte[] {(byte) 0x1f, (byte) 0x8b, (byte) 0xff});
    Files.write(built.resolve("search.bin"), new byte[] {(byte) 0x1f, (byte) 0x8b, (byte) 0xfe, 0});

    assertThat(GoldenDiff.between(golden, built))
        .isEqualTo(
            """
        missing: cu.html
        extra:   moi.html
        --- golden/a/index.html
        +++ built/a/index.html
        @@ -1,4 +1,4 @@
         <h1>Tin</h1>
         <p>một</p>
        -<p>hai</p>
        +<p>ba</p>
        \s
        --- golden/b/index.html
        +++ built/b/index.html
        @@ -1,2 +1,2 @@
        -→x
        +  x
        \s
        binary search.bin differs: 3 bytes expected, 4 made
        """);
  }

  private static void write(Path root, String path, String text) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
