package vn.bulletin.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import vn.bulletin.yaml.FieldReader;
import vn.bulletin.yaml.YamlList;
import vn.bulletin.yaml.YamlMap;
import vn.bulletin.yaml.YamlNode;
import vn.bulletin.yaml.YamlScalar;

/**
 * Reads the {@code counter:} group of {@code bulletin.yaml}; each bad value is reported at its
 * line.
 */
final class CounterConfigReader {
  private final FieldReader fields;

  CounterConfigReader(FieldReader fields) {
    this.fields = fields;
  }

  SiteConfig.Counter read(YamlMap counter) {
    fields.rejectUnknown(
        counter,
        Set.of(
            "initial-total", "endpoint", "allowed-origins", "trusted-proxies", "rate-limit", "db"),
        "setting");
    SiteConfig.Counter d = SiteConfig.Counter.DEFAULT;
    return new SiteConfig.Counter(
        initialTotal(counter),
        endpoint(counter).orElse(d.endpoint()),
        list(
                counter,
                "allowed-origins",
                CounterConfigReader::origin,
                "an origin is \"https://host\" or \"https://host:port\", without a path")
            .orElse(d.allowedOrigins()),
        list(
                counter,
                "trusted-proxies",
                AddressRange::parse,
                "expected an IP address or network such as 127.0.0.1, 10.0.0.0/8 or ::1")
            .orElse(d.trustedProxies()),
        fields.positiveInt(counter, "rate-limit").orElse(d.rateLimit()),
        db(counter).orElse(d.db()));
  }

  private long initialTotal(YamlMap counter) {
    Optional<YamlMap.Entry> entry = counter.find("initial-total");
    if (entry.isEmpty()) {
      return 0;
    }
    YamlNode node = entry.get().value();
    if (node instanceof YamlScalar s
        && s.type().equals("int")
        && s.value().matches("[0-9]{1,15}")) {
      return Long.parseLong(s.value());
    }
    fields.report(fields.error(node, "initial-total must be a whole number of visits, 0 or more"));
    return 0;
  }

  private Optional<String> endpoint(YamlMap counter) {
    Optional<String> text = fields.text(counter, "endpoint");
    if (text.isEmpty()
        || text.get().isEmpty()
        || ConfigLoader.absoluteHttp(text.get()).filter(u -> u.getQuery() == null).isPresent()) {
      return text;
    }
    fields.report(
        fields
            .error(
                counter.find("endpoint").orElseThrow().value(),
                "endpoint must be an absolute http or https address such as \"https://dem.example.gov.vn/api/visits\"")
            .withHint("leave it out to use the site's own /api/visits"));
    return Optional.empty();
  }

  private Optional<String> db(YamlMap counter) {
    Optional<String> text = fields.text(counter, "db");
    if (text.isEmpty()
        || text.get().startsWith("jdbc:sqlite:")
        || text.get().startsWith("jdbc:postgresql:")) {
      return text;
    }
    fields.report(
        fields.error(
            counter.find("db").orElseThrow().value(),
            "db must be a JDBC URL starting with jdbc:sqlite: or jdbc:postgresql:"));
    return Optional.empty();
  }

  /**
   * A list whose every entry converts; absent when the key is absent or any entry is bad (each
   * reported).
   */
  private <T> Optional<List<T>> list(
      YamlMap map, String key, Function<String, Optional<T>> convert, String problem) {
    Optional<YamlList> list = fields.list(map, key);
    if (list.isEmpty()) {
      return Optional.empty();
    }
    List<T> values = new ArrayList<>();
    boolean bad = false;
    for (YamlNode item : list.get().items()) {
      Optional<T> value =
          item instanceof YamlScalar s && !s.isNull()
              ? convert.apply(s.value().strip())
              : Optional.empty();
      if (value.isEmpty()) {
        fields.report(fields.error(item, problem));
        bad = true;
      }
      value.ifPresent(values::add);
    }
    return bad ? Optional.empty() : Optional.of(values);
  }

  /** {@code https://bantin.example.gov.vn} as a browser sends it in {@code Origin}. */
  private static Optional<String> origin(String text) {
    return ConfigLoader.absoluteHttp(text)
        .filter(
            u ->
                (u.getRawPath() == null || u.getRawPath().isEmpty())
                    && u.getRawQuery() == null
                    && u.getRawUserInfo() == null
                    && u.getRawFragment() == null)
        .map(
            u ->
                u.getScheme()
                    + "://"
                    + u.getHost().toLowerCase(Locale.ROOT)
                    + (u.getPort() == -1 ? "" : ":" + u.getPort()));
  }
}
