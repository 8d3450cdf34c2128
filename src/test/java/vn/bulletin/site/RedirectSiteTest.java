package vn.bulletin.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An item's {@code aliases:} keep its old addresses working: a page at each, and a map for nginx.
 */
class RedirectSiteTest {
  @TempDir Path dir;

  private TestSite site() {
    return TestSite.in(dir)
        .item(
            "content/tin-tuc-su-kien/ham-can.md",
            """
        title: "Ký kết <kết nghĩa>"
        date: 2024-09-19T09:00:00+07:00
        category: "Tin tức - Sự kiện"
        aliases:
          - /news/tin-tuc/ky-ket-ket-nghia-123.html
          - "https://portal.example.gov.vn/news/tin-tuc/"
          - /index.php?language=vi&nv=news&op=tin-tuc/ky-ket-123
          - /tin-cu/ky-ket
        """,
            "Nội dung.\n");
  }

  @Test
  void oldFilePathBecomesARedirectPageToTheItem() {
    TestSite site = site();
    TestSite.Run run = site.cliBuild("--quiet");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(site.read("news/tin-tuc/ky-ket-ket-nghia-123.html"))
        .isEqualTo(
            """
        <!DOCTYPE html>
        <html lang="vi">
        <head>
        <meta charset="utf-8">
        <title>Ký kết &lt;kết nghĩa&gt;</title>
        <meta name="robots" content="noindex">
        <link rel="canonical" href="https://bantin.example.gov.vn/tin-tuc-su-kien/ham-can/">
        <meta http-equiv="refresh" content="0; url=../../tin-tuc-su-kien/ham-can/">
        </head>
        <body>
        <p>Bài viết đã chuyển sang địa chỉ mới: <a href="../../tin-tuc-su-kien/ham-can/">Ký kết &lt;kết nghĩa&gt;</a></p>
        </body>
        </html>
        """);
  }

  @Test
  void folderAndExtensionlessAddressesGetAnIndexPage() {
    TestSite site = site();
    site.cliBuild("--quiet");

    assertThat(site.read("news/tin-tuc/index.html"))
        .contains("url=../../tin-tuc-su-kien/ham-can/\"");
    assertThat(site.read("tin-cu/ky-ket/index.html"))
        .contains("url=../../tin-tuc-su-kien/ham-can/\"");
  }

  @Test
  void everyAliasIsInTheNginxMapWithItsQuery() {
    TestSite site = site();
    site.cliBuild("--quiet");

    assertThat(site.read("_redirects.nginx"))
        .isEqualTo(
            """
        # Old addresses of the site's items. In nginx's http block: include this file;
        # in the server block: if ($bulletin_redirect) { return 301 $bulletin_redirect; }
        map $request_uri $bulletin_redirect {
            "/index.php?language=vi&nv=news&op=tin-tuc/ky-ket-123" "/tin-tuc-su-kien/ham-can/";
            "/news/tin-tuc/" "/tin-tuc-su-kien/ham-can/";
            "/news/tin-tuc/ky-ket-ket-nghia-123.html" "/tin-tuc-su-kien/ham-can/";
            "/tin-cu/ky-ket" "/tin-tuc-su-kien/ham-can/";
        }
        """);
  }

  @Test
  void siteWithoutAliasesHasNoNginxMap() {
    TestSite site =
        TestSite.in(dir)
            .item(
                "content/tin/a.md",
                """
        title: "A"
        date: 2024-09-19
        category: "Tin tức - Sự kiện"
        """,
                "x\n");

    site.cliBuild("--quiet");

    assertThat(site.exists("_redirects.nginx")).isFalse();
  }

  @Test
  void aliasClaimedByTwoItemsIsAnErrorAtTheSecondOnesLine() {
    TestSite site =
        site()
            .item(
                "content/thong-bao/lich.md",
                """
        title: "Lịch"
        date: 2024-09-20
        category: "Thông báo"
        aliases: ["/tin-cu/ky-ket"]
        """,
                "x\n");

    TestSite.Run run = site.cliBuild();

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo(
            """
        content/tin-tuc-su-kien/ham-can.md:9: error: alias /tin-cu/ky-ket is also an alias of content/thong-bao/lich.md
        hint: an old address can lead to one item only; remove it from one of them
        1 error; nothing was published.
        """);
  }

  @Test
  void aliasAtThePathOfAPageIsAnError() {
    TestSite site =
        site()
            .item(
                "content/thong-bao/lich.md",
                """
        title: "Lịch"
        date: 2024-09-20
        category: "Thông báo"
        aliases:
          - /tin-tuc-su-kien/ham-can/
        """,
                "x\n");

    TestSite.Run run = site.cliBuild();

    assertThat(run.err())
        .isEqualTo(
            """
        content/thong-bao/lich.md:6: error: alias /tin-tuc-su-kien/ham-can/ is the address of content/tin-tuc-su-kien/ham-can.md (/tin-tuc-su-kien/ham-can/)
        hint: remove the alias, or give that page another address
        1 error; nothing was published.
        """);
  }

  @Test
  void aliasThatIsNotAnAddressIsRefusedAtItsLine() {
    TestSite site =
        site()
            .item(
                "content/thong-bao/lich.md",
                """
        title: "Lịch"
        date: 2024-09-20
        category: "Thông báo"
        aliases: ["tin/../../x"]
        """,
                "x\n");

    TestSite.Run run = site.cliBuild();

    assertThat(run.err())
        .isEqualTo(
            """
        content/thong-bao/lich.md:5:11: error: alias "tin/../../x" is not an old address of the site
            5 | aliases: ["tin/../../x"]
              |           ^^^^^^^^^^^^^
        hint: write a path such as /news/tin-tuc/le-ky-ket-123.html, or the old page's http(s) URL
        1 error; nothing was published.
        """);
  }
}
