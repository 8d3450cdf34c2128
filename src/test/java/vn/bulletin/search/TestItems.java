package vn.bulletin.search;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import vn.bulletin.model.Category;
import vn.bulletin.model.NewsItem;
import vn.bulletin.model.Slug;
import vn.bulletin.model.VietnameseFormat;

/** News items written inline for search tests, and a generated corpus for chunk tests. */
final class TestItems {
  static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  static final VietnameseFormat FORMAT = new VietnameseFormat(ZONE);
  static final Category NEWS = new Category("Tin tức - Sự kiện", "tin-tuc-su-kien", "");
  static final Category NOTICES = new Category("Thông báo", "thong-bao", "");
  private static final String[] SYLLABLES =
      ("xã hàm cần thuận nam phát triển thanh long nông thôn mới hội dân "
              + "đường điện lúa lửa lừa rừng bảo hiểm y tế học sinh giáo viên tuyển dụng đăng ký kết hôn sốt xuất huyết "
              + "cảnh báo đảo chính quyền công an văn hóa thể thao du lịch cộng đồng năm tháng ngày họp tổ chức "
              + "kế hoạch triển khai nhiệm vụ trọng tâm quý chuyển đổi số dịch vụ trực tuyến người thủy lợi hòa bình")
          .split(" ");

  private TestItems() {}

  /** An item dated {@code day} days after 1 September 2024. */
  static NewsItem item(String slug, Category category, int day, String title, String body) {
    ZonedDateTime date = ZonedDateTime.of(2024, 9, 1, 8, 0, 0, 0, ZONE).plusDays(day);
    return new NewsItem(
        "content/" + category.slug() + "/" + slug + ".md",
        slug,
        category.slug() + "/" + slug + "/",
        title,
        date,
        category,
        List.of(),
        body.length() > 80 ? body.substring(0, 80) : body,
        Optional.empty(),
        "",
        "",
        false,
        false,
        "<p>" + body + "</p>",
        List.of());
  }

  /** Newest first, as the plan lists them. */
  static List<NewsItem> corpus(int size, long seed) {
    Random random = new Random(seed);
    List<NewsItem> items = new ArrayList<>();
    for (int i = size - 1; i >= 0; i--) {
      String title = words(random, 8);
      items.add(
          item(
              Slug.of(title) + "-" + i,
              i % 3 == 0 ? NOTICES : NEWS,
              i,
              title,
              words(random, 60) + ". " + words(random, 60) + "."));
    }
    return items;
  }

  private static String words(Random random, int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append(i == 0 ? "" : " ").append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
    }
    return text.toString();
  }

  // The state stays open with the engine: its in-memory index is what the engine reads.
  static SearchEngine engine(List<NewsItem> newestFirst) throws java.io.IOException {
    SearchState state = SearchState.inMemory();
    state.update(newestFirst, List.of(NEWS, NOTICES), FORMAT, path -> true);
    state.published();
    return state.engine();
  }

  /** A copy of {@code item} with another title and body. */
  static NewsItem edited(NewsItem item, String title, String bodyHtml) {
    return new NewsItem(
        item.sourcePath(),
        item.slug(),
        item.path(),
        title,
        item.date(),
        item.category(),
        item.tags(),
        item.summary(),
        item.image(),
        item.author(),
        item.source(),
        item.featured(),
        item.draft(),
        bodyHtml,
        item.internalLinks());
  }
}
