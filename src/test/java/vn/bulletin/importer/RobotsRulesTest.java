package vn.bulletin.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RobotsRulesTest {
  @Test
  void groupForEveryoneAppliesWhenNoneNamesBulletin() {
    RobotsRules rules =
        RobotsRules.parse("User-agent: *\nDisallow: /admin/\nAllow: /admin/public\n", "bulletin");

    assertThat(rules.allows("/admin/login.php")).isFalse();
    assertThat(rules.allows("/admin/public/a.html")).isTrue();
    assertThat(rules.allows("/news/a.html")).isTrue();
  }

  @Test
  void groupNamingBulletinWinsOverTheGeneralOne() {
    RobotsRules rules =
        RobotsRules.parse(
            "User-agent: *\nDisallow: /\n\nUser-agent: bulletin\nDisallow: /tmp/\n"
                + "Crawl-delay: 2.5\n",
            "bulletin");

    assertThat(rules.allows("/news/a.html")).isTrue();
    assertThat(rules.allows("/tmp/x")).isFalse();
    assertThat(rules.crawlDelay()).contains(Duration.ofMillis(2500));
  }

  @Test
  void wildcardsAndEndAnchorMatchAsTheStandardSays() {
    RobotsRules rules =
        RobotsRules.parse("User-agent: *\nDisallow: /*.php$\nDisallow: /*?print=\n", "bulletin");

    assertThat(rules.allows("/index.php")).isFalse();
    assertThat(rules.allows("/index.php?nv=news")).isTrue();
    assertThat(rules.allows("/news/a.html?print=1")).isFalse();
  }
}
