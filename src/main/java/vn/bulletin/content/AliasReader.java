package vn.bulletin.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.bulletin.model.Alias;
import vn.bulletin.yaml.FieldReader;
import vn.bulletin.yaml.YamlList;
import vn.bulletin.yaml.YamlMap;
import vn.bulletin.yaml.YamlNode;
import vn.bulletin.yaml.YamlScalar;

/**
 * Reads {@code aliases:}, the old addresses of an item: each an absolute path ({@code
 * /news/a-1.html}) or an http(s) URL whose path and query are kept, since the old portal's host
 * becomes this site.
 */
final class AliasReader {
  private final int yamlLineOffset;

  AliasReader(int yamlLineOffset) {
    this.yamlLineOffset = yamlLineOffset;
  }

  List<Alias> read(YamlMap map, FieldReader fields) {
    Optional<YamlMap.Entry> entry = map.find("aliases");
    if (entry.isEmpty() || entry.get().value() instanceof YamlScalar s && s.isNull()) {
      return List.of();
    }
    YamlNode node = entry.get().value();
    List<YamlNode> items = node instanceof YamlList list ? list.items() : List.of(node);
    List<Alias> aliases = new ArrayList<>();
    for (YamlNode item : items) {
      if (!(item instanceof YamlScalar scalar) || scalar.isNull()) {
        fields.report(
            fields.error(
                item, "each entry of \"aliases\" must be an old address, not " + item.kindName()));
        continue;
      }
      Optional<String> path = sitePath(scalar.value().strip());
      if (path.isEmpty()) {
        fields.report(
            fields
                .error(
                    item,
                    "alias \"" + scalar.value().strip() + "\" is not an old address of the site")
                .withHint(
                    "write a path such as /news/tin-tuc/le-ky-ket-123.html, or the old page's http(s) URL"));
      } else {
        aliases.add(new Alias(path.get(), item.lineNumber() + yamlLineOffset));
      }
    }
    return aliases;
  }

  /** The path and query of an address, or nothing when it cannot name a file of the site. */
  static Optional<String> sitePath(String written) {
    if (written.indexOf('\\') >= 0 || written.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
      return Optional.empty();
    }
    URI uri;
    try {
      uri = new URI(written.replace(" ", "%20"));
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
    boolean web =
        uri.getScheme() != null
            && uri.getScheme().matches("(?i)https?")
            && uri.getRawAuthority() != null;
    boolean path =
        uri.getScheme() == null && uri.getRawAuthority() == null && written.startsWith("/");
    String raw = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    if (!(web || path)
        || raw.equals("/") && uri.getRawQuery() == null
        || List.of(raw.split("/")).stream().anyMatch(s -> s.equals("..") || s.equals("."))) {
      return Optional.empty();
    }
    return Optional.of(raw + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
  }
}
