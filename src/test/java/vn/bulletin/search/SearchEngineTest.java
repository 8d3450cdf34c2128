package vn.bulletin.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.bulletin.search.TestItems.NEWS;
import static vn.bulletin.search.TestItems.NOTICES;
import static vn.bulletin.search.TestItems.item;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SearchEngineTest {
  static SearchEngine engine;

  @BeforeAll
  static void index() throws IOException {
    engine =
        TestItems.engine(
            List.of(
                item(
                    "lich-tiep-ham-can",
                    NOTICES,
                    9,
                    "Lịch tiếp công dân tại xã Hàm Cần",
                    "Lãnh đạo tiếp dân tại trụ sở xã."),
                item(
                    "lua-rung",
                    NEWS,
                    8,
                    "Bảo tồn giống lúa rừng quý",
                    "Giống lúa rừng được người dân giữ gìn."),
                item(
                    "lua-rung-chay",
                    NEWS,
                    7,
                    "Phòng chống lửa rừng mùa khô",
                    "Nguy cơ lửa rừng lan rộng trong rẫy."),
                item(
                    "ham-cuong",
                    NEWS,
                    6,
                    "Xã Hàm Cường làm đường giao thông",
                    "Người dân cần chung tay; xã Hàm Chính cũng cần làm."),
                item(
                    "ham-can",
                    NEWS,
                    5,
                    "Lễ ký kết kết nghĩa tại xã Hàm Cần",
                    "Hai bên ký kết kết nghĩa tại xã Hàm Cần."),
                item(
                    "thuy-loi",
                    NEWS,
                    4,
                    "Sửa chữa công trình thuỷ lợi",
                    "Kênh mương được nạo vét trước mùa khô."),
                item("hop", NEWS, 3, "Họp giao ban", "Nội dung họp giao ban tháng 9.")));
  }

  @AfterAll
  static void close() throws IOException {
    engine.close();
  }

  private static List<String> urls(String query) {
    return urls(SearchRequest.of(query, "", 1));
  }

  private static List<String> urls(SearchRequest request) {
    return engine.search(request).hits().stream().map(SearchHit::url).toList();
  }

  @Test
  void queryWithoutDiacriticsFindsHamCanFirstAndTheSyllablesApartLast() {
    List<String> found = urls("ham can");

    assertThat(found.get(0)).isEqualTo("/tin-tuc-su-kien/ham-can/");
    assertThat(found).contains("/thong-bao/lich-tiep-ham-can/");
    assertThat(found.indexOf("/tin-tuc-su-kien/ham-cuong/"))
        .isGreaterThan(found.indexOf("/thong-bao/lich-tiep-ham-can/"));
  }

  @Test
  void queryWithDiacriticsPrefersTheExactSpelling() {
    assertThat(urls("lửa rừng").get(0)).isEqualTo("/tin-tuc-su-kien/lua-rung-chay/");
    assertThat(urls("lúa rừng").get(0)).isEqualTo("/tin-tuc-su-kien/lua-rung/");
  }

  @Test
  void queryWithoutDiacriticsFindsEveryAccentedForm() {
    assertThat(urls("lua rung"))
        .contains("/tin-tuc-su-kien/lua-rung/", "/tin-tuc-su-kien/lua-rung-chay/");
  }

  @Test
  void bothTonePlacementsFindTheItem() {
    assertThat(urls("thủy lợi")).containsExactly("/tin-tuc-su-kien/thuy-loi/");
    assertThat(urls("THUỶ LỢI")).containsExactly("/tin-tuc-su-kien/thuy-loi/");
  }

  @Test
  void categoryFilterTakesTheNameOrTheSlug() {
    assertThat(urls(SearchRequest.of("ham can", "Thông báo", 1)))
        .containsExactly("/thong-bao/lich-tiep-ham-can/");
    assertThat(urls(SearchRequest.of("ham can", "thong-bao", 1)))
        .containsExactly("/thong-bao/lich-tiep-ham-can/");
  }

  @Test
  void operatorsAndBrokenSyntaxAreOnlySeparators() {
    assertThat(urls("\"((hàm* AND -cần~ OR \\ [")).first().isEqualTo("/tin-tuc-su-kien/ham-can/");
    assertThat(urls("\"><img src=x onerror=alert(1)>")).isEmpty();
  }

  @Test
  void lastWordMatchesAsAPrefixWhileTyping() {
    assertThat(urls(new SearchRequest("ket ngh", "", 1, 10, true, false)))
        .first()
        .isEqualTo("/tin-tuc-su-kien/ham-can/");
  }

  @Test
  void aSyllableOneEditAwayStillFinds() {
    assertThat(urls("hamm cuong")).first().isEqualTo("/tin-tuc-su-kien/ham-cuong/");
  }

  @Test
  void newestFirstOrdersByDate() {
    assertThat(urls(new SearchRequest("xa", "", 1, 10, false, true)))
        .containsExactly(
            "/thong-bao/lich-tiep-ham-can/",
            "/tin-tuc-su-kien/ham-cuong/",
            "/tin-tuc-su-kien/ham-can/");
  }

  @Test
  void pagesSplitTheRanking() {
    SearchResults second = engine.search(new SearchRequest("xa", "", 2, 2, false, true));

    assertThat(second.total()).isEqualTo(3);
    assertThat(second.hits())
        .extracting(SearchHit::url)
        .containsExactly("/tin-tuc-su-kien/ham-can/");
  }

  @Test
  void hitsCarryWhatAResultShows() {
    SearchHit hit = engine.search(SearchRequest.of("Hàm Cần", "", 1)).hits().get(0);

    assertThat(hit.title()).isEqualTo("Lễ ký kết kết nghĩa tại xã Hàm Cần");
    assertThat(hit.date()).isEqualTo("2024-09-06T08:00:00+07:00");
    assertThat(hit.dateLine()).isEqualTo("Thứ Sáu, 06/09/2024");
    assertThat(hit.categoryName()).isEqualTo("Tin tức - Sự kiện");
    assertThat(hit.score()).isPositive();
  }

  @Test
  void badRequestsAreRefusedWithAMessage() {
    assertThatThrownBy(() -> engine.search(SearchRequest.of("a".repeat(201), "", 1)))
        .isInstanceOf(InvalidSearchException.class)
        .hasMessage("the query is longer than 200 characters");
    assertThatThrownBy(() -> engine.search(new SearchRequest("ham", "", 1, 51, false, false)))
        .isInstanceOf(InvalidSearchException.class)
        .hasMessage("the page size must be between 1 and 50");
    assertThatThrownBy(() -> engine.search(SearchRequest.of("ham", "", 0)))
        .isInstanceOf(InvalidSearchException.class)
        .hasMessage("the page must be between 1 and 100");
    assertThatThrownBy(() -> engine.search(SearchRequest.of("  ", "", 1)))
        .isInstanceOf(InvalidSearchException.class)
        .hasMessageContaining("empty");
  }

  @Test
  void aQueryOfTwoHundredCharactersIsServed() {
    String query = "ham can ".repeat(25).strip() + "!";

    assertThat(query).hasSize(SearchRequest.MAX_QUERY_LENGTH);
    assertThat(engine.search(SearchRequest.of(query, "", 1)).total()).isPositive();
  }
}
