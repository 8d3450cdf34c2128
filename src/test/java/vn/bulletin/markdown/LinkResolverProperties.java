package vn.bulletin.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class LinkResolverProperties {
  @Provide
  Arbitrary<String> urls() {
    Arbitrary<String> segment =
        Arbitraries.oneOf(
            Arbitraries.of(
                "..", ".", "", "%2e%2e", "%2E.", "%2f", "a%20b", "ảnh.jpg", "tin-tuc", "?q=1",
                "#muc", "C:", "%"),
            Arbitraries.strings().ofMaxLength(5));
    return Combinators.combine(Arbitraries.of("", "/", "./", "../"), segment.list().ofMaxSize(7))
        .as((start, parts) -> start + String.join("/", parts));
  }

  @Property(tries = 1000)
  void aLinkEitherLeavesTheSiteOrNamesAPathInsideIt(
      @ForAll("urls") String url, @ForAll boolean bundle) {
    LinkResolver resolver = new LinkResolver("tin/bai/", bundle, "tin-tuc-su-kien/bai/");

    Optional<LinkResolver.Target> target = resolver.resolve(url);

    target
        .filter(t -> !t.outsideSite())
        .ifPresent(
            t -> {
              assertThat(("/" + t.sitePath() + "/").replace('\\', '/'))
                  .doesNotContain("/../")
                  .doesNotContain("/./");
              assertThat(t.sitePath()).doesNotStartWith("/");
              String href = resolver.relativeHref(t);
              assertThat(href.substring(0, href.length() - t.suffix().length()))
                  .doesNotContain(" ")
                  .doesNotStartWith("/");
            });
    target
        .filter(LinkResolver.Target::outsideSite)
        .ifPresent(t -> assertThat(t.sitePath()).isEmpty());
  }
}
