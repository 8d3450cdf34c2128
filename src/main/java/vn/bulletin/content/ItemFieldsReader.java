package vn.bulletin.content;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.bulletin.config.SiteConfig;
import vn.bulletin.diagnostic.Diagnostic;
import vn.bulletin.diagnostic.Suggestion;
import vn.bulletin.model.Category;
import vn.bulletin.model.Slug;
import vn.bulletin.yaml.FieldReader;
import vn.bulletin.yaml.YamlMap;

/** Turns front matter into {@link ItemFields} or {@link PageFields}, reporting every mistake. */
public final class ItemFieldsReader {
  public static final Set<String> ITEM_FIELDS =
      Set.of(
          "title",
          "date",
          "category",
          "tags",
          "summary",
          "image",
          "author",
          "source",
          "featured",
          "draft",
          "slug",
          "aliases",
          "van-ban");
  public static final Set<String> PAGE_FIELDS = Set.of("title", "lang", "summary", "slug", "draft");

  private final SiteConfig config;
  private final DateParser dates;

  public ItemFieldsReader(SiteConfig config) {
    this.config = config;
    this.dates = new DateParser(config.timeZone());
  }

  public Optional<ItemFields> readItem(
      SourceFile source, FrontMatter fm, List<Diagnostic> problems) {
    FieldReader fields = reader(source, fm);
    YamlMap map = fm.fields();
    fields.rejectUnknown(map, ITEM_FIELDS, "field");
    Optional<String> title = fields.requireText(map, "title", 1);
    Optional<ZonedDateTime> date =
        fields.requireText(map, "date", 1).flatMap(t -> date(t, map, fields));
    Optional<Category> category =
        fields.requireText(map, "category", 1).flatMap(n -> category(n, map, fields, problems));
    List<String> tags = new ArrayList<>(new LinkedHashSet<>(fields.textList(map, "tags")));
    tags.removeIf(String::isEmpty);
    Optional<String> slug = slug(source, map, fields);
    // Every field is read before any is given up on, so one run tells every problem of the file.
    String summary = fields.text(map, "summary").orElse("");
    Optional<String> image = image(map, fields);
    String author = fields.text(map, "author").orElse("");
    String byline = fields.text(map, "source").orElse("");
    boolean featured = fields.bool(map, "featured").orElse(false);
    boolean draft = fields.bool(map, "draft").orElse(false);
    var aliases = new AliasReader(fm.yamlLineOffset()).read(map, fields);
    var citations = DocumentFieldsReader.citations(map, fields, fm.yamlLineOffset(), source);
    problems.addAll(fields.diagnostics());
    if (!fields.diagnostics().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new ItemFields(
            title.orElseThrow(),
            date.orElseThrow(),
            category.orElseThrow(),
            tags,
            summary,
            image,
            author,
            byline,
            featured,
            draft,
            slug.orElse(""),
            aliases,
            citations));
  }

  public Optional<PageFields> readPage(
      SourceFile source, FrontMatter fm, List<Diagnostic> problems) {
    FieldReader fields = reader(source, fm);
    YamlMap map = fm.fields();
    fields.rejectUnknown(map, PAGE_FIELDS, "field");
    Optional<String> title = fields.requireText(map, "title", 1);
    String lang = fields.text(map, "lang").orElse(config.language());
    if (!lang.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
      fields.report(
          fields.error(
              map.find("lang").orElseThrow().value(),
              "lang \"" + lang + "\" is not a language code such as \"vi\" or \"en\""));
    }
    Optional<String> slug = slug(source, map, fields);
    PageFields result =
        new PageFields(
            title.orElse(""),
            lang,
            fields.text(map, "summary").orElse(""),
            fields.bool(map, "draft").orElse(false),
            slug.orElse(""));
    problems.addAll(fields.diagnostics());
    return fields.diagnostics().isEmpty() ? Optional.of(result) : Optional.empty();
  }

  public Optional<DocumentFields> readDocument(
      SourceFile source, FrontMatter fm, List<Diagnostic> problems) {
    FieldReader fields = reader(source, fm);
    YamlMap map = fm.fields();
    Optional<String> slug = slug(source, map, fields);
    Optional<DocumentFields> result =
        new DocumentFieldsReader(config.documents(), fields, fm.yamlLineOffset(), source)
            .read(map, slug);
    problems.addAll(fields.diagnostics());
    return fields.diagnostics().isEmpty() ? result : Optional.empty();
  }

  private static FieldReader reader(SourceFile source, FrontMatter fm) {
    return new FieldReader(source.path(), fm.yamlLineOffset(), source::line);
  }

  private Optional<ZonedDateTime> date(String text, YamlMap map, FieldReader fields) {
    DateParser.Result parsed = dates.parse(text);
    if (parsed.date().isEmpty()) {
      var node = map.find("date").orElseThrow().value();
      fields.report(
          parsed.problem() == DateParser.Problem.DOES_NOT_EXIST
              ? fields
                  .error(node, "date \"" + text + "\" does not exist")
                  .withHint("check the day and the month")
              : fields
                  .error(node, "date \"" + text + "\" is not an ISO 8601 date")
                  .withHint("write it as 2024-09-19 or 2024-09-19T08:30:00+07:00"));
    }
    return parsed.date();
  }

  // An unknown category is allowed (it gets its own section) but warned about: it is not in the
  // menu.
  // Empty after reporting why the name cannot be a category.
  private Optional<Category> category(
      String name, YamlMap map, FieldReader fields, List<Diagnostic> problems) {
    Optional<Category> known = config.findCategory(name);
    if (known.isPresent()) {
      return known;
    }
    String slug = Slug.of(name);
    if (slug.isEmpty()) {
      fields.report(
          fields.error(
              map.find("category").orElseThrow().value(),
              "category \"" + name + "\" has no letters or digits to make its URL from"));
      return Optional.empty();
    }
    Optional<Category> sameUrl =
        config.categories().stream().filter(c -> c.slug().equals(slug)).findFirst();
    if (sameUrl.isPresent()) {
      // Its section would claim the URL of the configured one: two pages for /<slug>/.
      fields.report(
          fields
              .error(
                  map.find("category").orElseThrow().value(),
                  "category \""
                      + name
                      + "\" is not in bulletin.yaml, but its URL /"
                      + slug
                      + "/ is that of \""
                      + sameUrl.get().name()
                      + "\"")
              .withHint("write it as bulletin.yaml does: \"" + sameUrl.get().name() + "\""));
      return Optional.empty();
    }
    if (!config.categories().isEmpty()) {
      Diagnostic d =
          fields.error(
              map.find("category").orElseThrow().value(),
              "category \"" + name + "\" is not in bulletin.yaml, so it is not in the menu");
      List<String> names = config.categories().stream().map(Category::name).toList();
      problems.add(
          d.asWarning()
              .withHint(
                  Suggestion.closest(name, names)
                      .map(c -> "did you mean \"" + c + "\"?")
                      .orElse("add it under categories: in bulletin.yaml")));
    }
    return Optional.of(new Category(name, slug, ""));
  }

  // A cover is a file of the site: another scheme would either be dropped silently or load from
  // elsewhere.
  private static Optional<String> image(YamlMap map, FieldReader fields) {
    Optional<String> image = fields.text(map, "image");
    if (image.isPresent()
        && (image.get().matches("^[A-Za-z][A-Za-z0-9+.-]*:.*")
            || image.get().startsWith("//")
            || image.get().indexOf('\\') >= 0)) {
      fields.report(
          fields
              .error(
                  map.find("image").orElseThrow().value(),
                  "image \"" + image.get() + "\" must be a photo of the site, not an address")
              .withHint("put the photo beside the item and write its name, e.g. image: anh-1.jpg"));
      return Optional.empty();
    }
    return image;
  }

  private static Optional<String> slug(SourceFile source, YamlMap map, FieldReader fields) {
    Optional<String> given = fields.text(map, "slug");
    if (given.isPresent()) {
      if (!Slug.isValid(given.get())) {
        fields.report(
            fields
                .error(
                    map.find("slug").orElseThrow().value(),
                    "slug \"" + given.get() + "\" may hold only a-z, 0-9 and single hyphens")
                .withHint(
                    Slug.of(given.get()).isEmpty()
                        ? "remove it to use the file name"
                        : "did you mean \"" + Slug.of(given.get()) + "\"?"));
        return Optional.empty();
      }
      return given;
    }
    String fromName = Slug.of(source.baseName());
    if (fromName.isEmpty()) {
      fields.report(
          Diagnostic.error(source.path(), "the file name gives no URL")
              .withHint("rename the file with letters or digits, or add \"slug:\""));
      return Optional.empty();
    }
    return Optional.of(fromName);
  }
}
