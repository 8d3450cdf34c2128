package vn.bulletin.config;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.bulletin.diagnostic.Diagnostic;
import vn.bulletin.model.Category;
import vn.bulletin.model.Slug;
import vn.bulletin.yaml.FieldReader;
import vn.bulletin.yaml.YamlList;
import vn.bulletin.yaml.YamlMap;
import vn.bulletin.yaml.YamlNode;
import vn.bulletin.yaml.YamlParser;
import vn.bulletin.yaml.YamlSyntaxException;

/**
 * Reads and validates {@code bulletin.yaml}; every unknown key or bad value is reported with its
 * line.
 */
public final class ConfigLoader {
  public static final String FILE_NAME = "bulletin.yaml";

  /** The config, or the problems that keep it from being one. */
  public record Result(SiteConfig config, List<Diagnostic> diagnostics) {
    public boolean hasErrors() {
      return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
  }

  public Result load(Path sourceDir) {
    Path file = sourceDir.resolve(FILE_NAME);
    if (!Files.exists(file)) {
      return new Result(SiteConfig.defaults(), List.of());
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
              .toString()
              .replace("\r\n", "\n")
              .replace("\uFEFF", "");
    } catch (CharacterCodingException e) {
      return failed(Diagnostic.error(FILE_NAME, "file is not UTF-8; save it as UTF-8"));
    } catch (IOException e) {
      return failed(Diagnostic.error(FILE_NAME, "cannot read the file: " + e.getMessage()));
    }
    return parse(text);
  }

  Result parse(String text) {
    List<String> lines = text.lines().toList();
    FieldReader fields =
        new FieldReader(FILE_NAME, 0, n -> n >= 1 && n <= lines.size() ? lines.get(n - 1) : "");
    YamlMap root;
    try {
      root = new YamlParser().parseMap(text);
    } catch (YamlSyntaxException e) {
      String line =
          e.lineNumber() >= 1 && e.lineNumber() <= lines.size()
              ? lines.get(e.lineNumber() - 1)
              : "";
      return failed(
          Diagnostic.error(FILE_NAME, e.getMessage())
              .at(e.lineNumber(), e.columnNumber(), 1, line));
    }
    SiteConfig config = read(root, fields);
    return new Result(config, fields.diagnostics());
  }

  private SiteConfig read(YamlMap root, FieldReader fields) {
    SiteConfig d = SiteConfig.defaults();
    fields.rejectUnknown(
        root,
        Set.of(
            "site",
            "categories",
            "lists",
            "footer",
            "counter",
            "markdown",
            "photos",
            "import",
            "documents"),
        "setting");
    YamlMap site = fields.map(root, "site").orElse(empty());
    fields.rejectUnknown(
        site, Set.of("name", "tagline", "base-url", "language", "time-zone"), "setting");
    YamlMap counter = fields.map(root, "counter").orElse(empty());
    YamlMap markdown = fields.map(root, "markdown").orElse(empty());
    fields.rejectUnknown(markdown, Set.of("allow-html"), "setting");
    YamlMap footer = fields.map(root, "footer").orElse(empty());
    fields.rejectUnknown(footer, Set.of("contact", "links"), "setting");
    return new SiteConfig(
        fields.text(site, "name").orElse(d.name()),
        fields.text(site, "tagline").orElse(d.tagline()),
        baseUrl(site, fields).orElse(d.baseUrl()),
        fields.text(site, "language").orElse(d.language()),
        timeZone(site, fields).orElse(d.timeZone()),
        categories(root, fields),
        lists(root, fields),
        contact(footer, fields),
        links(footer, fields),
        new CounterConfigReader(fields).read(counter),
        fields.bool(markdown, "allow-html").orElse(d.allowHtml()),
        new PhotoConfigReader(fields).read(fields.map(root, "photos").orElse(empty())),
        documents(root, fields));
  }

  private static SiteConfig.Documents documents(YamlMap root, FieldReader fields) {
    YamlMap documents = fields.map(root, "documents").orElse(empty());
    fields.rejectUnknown(documents, Set.of("kinds", "max-file-mb"), "setting");
    SiteConfig.Documents d = SiteConfig.Documents.DEFAULT;
    List<String> kinds =
        new ArrayList<>(new java.util.LinkedHashSet<>(fields.textList(documents, "kinds")));
    kinds.removeIf(String::isEmpty);
    long maxBytes =
        fields.positiveInt(documents, "max-file-mb").stream()
            .mapToLong(mb -> mb * 1024L * 1024L)
            .findFirst()
            .orElse(d.maxFileBytes());
    return new SiteConfig.Documents(kinds.isEmpty() ? d.kinds() : kinds, maxBytes);
  }

  private static Optional<URI> baseUrl(YamlMap site, FieldReader fields) {
    Optional<String> text = fields.text(site, "base-url");
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String raw = text.get().endsWith("/") ? text.get() : text.get() + "/";
    Optional<URI> uri = absoluteHttp(raw);
    if (uri.isEmpty()) {
      fields.report(
          fields.error(
              site.find("base-url").orElseThrow().value(),
              "base-url must be an absolute http or https address such as \"https://bantin.example.gov.vn/\""));
    }
    return uri;
  }

  private static Optional<ZoneId> timeZone(YamlMap site, FieldReader fields) {
    Optional<String> text = fields.text(site, "time-zone");
    try {
      return text.map(ZoneId::of);
    } catch (DateTimeException e) {
      fields.report(
          fields
              .error(
                  site.find("time-zone").orElseThrow().value(),
                  "unknown time zone \"" + text.get() + "\"")
              .withHint("for Việt Nam use Asia/Ho_Chi_Minh"));
      return Optional.empty();
    }
  }

  private static List<Category> categories(YamlMap root, FieldReader fields) {
    List<Category> categories = new ArrayList<>();
    Set<String> slugs = new HashSet<>();
    for (YamlNode node : fields.list(root, "categories").map(YamlList::items).orElse(List.of())) {
      if (!(node instanceof YamlMap entry)) {
        fields.report(
            fields.error(
                node, "each category needs \"name:\" (and may have \"slug:\", \"description:\")"));
        continue;
      }
      fields.rejectUnknown(entry, Set.of("name", "slug", "description"), "category field");
      Optional<String> name = fields.requireText(entry, "name", entry.lineNumber());
      if (name.isEmpty()) {
        continue;
      }
      String slug = fields.text(entry, "slug").orElse(Slug.of(name.get()));
      if (!Slug.isValid(slug) || !slugs.add(slug)) {
        YamlNode at = entry.find("slug").orElse(entry.find("name").orElseThrow()).value();
        fields.report(
            fields.error(
                at,
                Slug.isValid(slug)
                    ? "two categories share the slug \""
                        + slug
                        + "\"; give one a different \"slug:\""
                    : "slug \"" + slug + "\" may hold only a-z, 0-9 and single hyphens"));
        continue;
      }
      categories.add(new Category(name.get(), slug, fields.text(entry, "description").orElse("")));
    }
    return categories;
  }

  private static SiteConfig.Lists lists(YamlMap root, FieldReader fields) {
    YamlMap lists = fields.map(root, "lists").orElse(empty());
    fields.rejectUnknown(
        lists,
        Set.of("page-size", "other-news-count", "home-latest-count", "home-section-count"),
        "setting");
    SiteConfig.Lists d = SiteConfig.Lists.DEFAULT;
    return new SiteConfig.Lists(
        fields.positiveInt(lists, "page-size").orElse(d.pageSize()),
        fields.positiveInt(lists, "other-news-count").orElse(d.otherNewsCount()),
        fields.positiveInt(lists, "home-latest-count").orElse(d.homeLatestCount()),
        fields.positiveInt(lists, "home-section-count").orElse(d.homeSectionCount()));
  }

  private static SiteConfig.Contact contact(YamlMap footer, FieldReader fields) {
    YamlMap contact = fields.map(footer, "contact").orElse(empty());
    fields.rejectUnknown(
        contact, Set.of("organisation", "address", "phone", "email", "licence"), "setting");
    return new SiteConfig.Contact(
        fields.text(contact, "organisation").orElse(""),
        fields.text(contact, "address").orElse(""),
        fields.text(contact, "phone").orElse(""),
        fields.text(contact, "email").orElse(""),
        fields.text(contact, "licence").orElse(""));
  }

  private static List<SiteConfig.Link> links(YamlMap footer, FieldReader fields) {
    List<SiteConfig.Link> links = new ArrayList<>();
    for (YamlNode node : fields.list(footer, "links").map(YamlList::items).orElse(List.of())) {
      if (!(node instanceof YamlMap entry)) {
        fields.report(fields.error(node, "each link needs \"name:\" and \"url:\""));
        continue;
      }
      fields.rejectUnknown(entry, Set.of("name", "url"), "link field");
      Optional<String> name = fields.requireText(entry, "name", entry.lineNumber());
      Optional<String> url = fields.requireText(entry, "url", entry.lineNumber());
      if (name.isEmpty() || url.isEmpty()) {
        continue;
      }
      Optional<URI> uri = absoluteHttp(url.get());
      if (uri.isEmpty()) {
        fields.report(
            fields.error(
                entry.find("url").orElseThrow().value(),
                "a link must be an absolute http or https address"));
        continue;
      }
      links.add(new SiteConfig.Link(name.get(), uri.get()));
    }
    return links;
  }

  /**
   * An absolute http or https address with a host, as config values that name a web address need.
   */
  static Optional<URI> absoluteHttp(String text) {
    try {
      URI uri = new URI(text);
      boolean http = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
      return http && uri.getHost() != null ? Optional.of(uri) : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  private static YamlMap empty() {
    return new YamlMap(List.of(), 0, 0);
  }

  private static Result failed(Diagnostic diagnostic) {
    return new Result(SiteConfig.defaults(), List.of(diagnostic));
  }
}
