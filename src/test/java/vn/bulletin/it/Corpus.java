package vn.bulletin.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.stream.Stream;

/** A generated site of Vietnamese items in two versions that differ in titles, items and dates. */
final class Corpus {
  private static final String[] CATEGORIES = {"Tin tức - Sự kiện", "Thông báo", "Kinh tế - Xã hội"};
  private static final String[] PLACES = {"Hàm Cần", "Hàm Thuận", "Đức Linh", "Tân Lập", "Mũi Né"};

  private Corpus() {}

  /**
   * Writes {@code bulletin.yaml} and {@code content/} for {@code n} items of a version ("A" or
   * "B").
   */
  static void write(Path source, int n, String version) throws IOException {
    Files.createDirectories(source);
    Files.writeString(
        source.resolve("bulletin.yaml"),
        """
        site:
          name: "Bản tin thử tải"
          base-url: "https://bantin.example.gov.vn/"
        categories:
          - name: "Tin tức - Sự kiện"
          - name: "Thông báo"
          - name: "Kinh tế - Xã hội"
        """);
    Path content = source.resolve("content");
    if (Files.exists(content)) {
      try (Stream<Path> walk = Files.walk(content)) {
        for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(content.resolve("tin"));
    boolean b = version.equals("B");
    int count = b ? n + 30 : n;
    for (int i = 0; i < count; i++) {
      if (b && i % 10 == 0) {
        continue;
      }
      String title =
          "Tin số "
              + i
              + " về xã "
              + PLACES[i % PLACES.length]
              + (b && i % 3 == 0 ? " (cập nhật)" : "");
      LocalDateTime date = LocalDateTime.of(2024, 1, 1, 8, 0).plusHours(7L * i);
      Files.writeString(
          content.resolve("tin/tin-" + i + ".md"),
          "---\n"
              + "title: \""
              + title
              + "\"\n"
              + "date: "
              + date
              + "\n"
              + "category: \""
              + CATEGORIES[i % CATEGORIES.length]
              + "\"\n"
              + "tags: [\""
              + PLACES[(i / 3) % PLACES.length]
              + "\", \"Chuyển đổi số\"]\n"
              + "---\n\n"
              + ("Đây là đoạn văn số "
                      + i
                      + " của bản tin, nói về nông thôn mới, chuyển đổi số và đời sống"
                      + " của Nhân dân địa phương. ")
                  .repeat(6)
              + "\n\n## Nội dung chính\n\n- Ý thứ nhất\n- Ý thứ hai\n");
    }
  }
}
