package vn.bulletin.content;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.bulletin.config.SiteConfig;
import vn.bulletin.diagnostic.Suggestion;
import vn.bulletin.model.DocumentRef;
import vn.bulletin.yaml.FieldReader;
import vn.bulletin.yaml.YamlList;
import vn.bulletin.yaml.YamlMap;
import vn.bulletin.yaml.YamlNode;
import vn.bulletin.yaml.YamlScalar;

/**
 * Turns a document's front matter into {@link DocumentFields}, reporting every mistake at its line.
 */
final class DocumentFieldsReader {
  static final Set<String> FIELDS =
      Set.of(
          "so-ky-hieu",
          "loai",
          "co-quan",
          "ngay-ban-hanh",
          "ngay-hieu-luc",
          "nguoi-ky",
          "trich-yeu",
          "linh-vuc",
          "files",
          "thay-the",
          "draft",
          "slug");

  /**
   * A number and symbol as agencies write them: the number, maybe a year, then the symbol's parts
   * ("417-TB/TU", "42/2022/NĐ-CP", "15/QĐ-UBND"). Letters are capitals, parts are joined by - or /.
   */
  private static final Pattern NUMBER =
      Pattern.compile("[0-9]+[a-z]?(?:[/-][\\p{Lu}\\p{Nd}]+(?:\\.[\\p{Lu}\\p{Nd}]+)*)+");

  /** A number another file names: spaces may stand for the separators, and letters may be small. */
  private static final Pattern CITED =
      Pattern.compile("[0-9]+[a-zA-Z]?(?:[ /.-]+[\\p{L}\\p{Nd}]+)+");

  private static final Pattern VIETNAMESE_DATE =
      Pattern.compile("([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})");

  private final SiteConfig.Documents settings;
  private final FieldReader fields;
  private final int yamlLineOffset;
  private final SourceFile source;

  DocumentFieldsReader(
      SiteConfig.Documents settings, FieldReader fields, int yamlLineOffset, SourceFile source) {
    this.settings = settings;
    this.fields = fields;
    this.yamlLineOffset = yamlLineOffset;
    this.source = source;
  }

  Optional<DocumentFields> read(YamlMap map, Optional<String> slug) {
    fields.rejectUnknown(map, FIELDS, "field");
    Optional<DocumentRef> number =
        fields.requireText(map, "so-ky-hieu", 1).flatMap(n -> number(map, "so-ky-hieu", n));
    Optional<String> kind = fields.requireText(map, "loai", 1).flatMap(k -> kind(map, k));
    Optional<String> issuer = fields.requireText(map, "co-quan", 1);
    Optional<LocalDate> issued =
        fields.requireText(map, "ngay-ban-hanh", 1).flatMap(t -> date(map, "ngay-ban-hanh", t));
    Optional<LocalDate> inForce =
        fields.text(map, "ngay-hieu-luc").flatMap(t -> date(map, "ngay-hieu-luc", t));
    Optional<String> signer = fields.requireText(map, "nguoi-ky", 1);
    Optional<String> summary = fields.requireText(map, "trich-yeu", 1);
    Optional<String> field = fields.requireText(map, "linh-vuc", 1);
    List<DocumentFields.FileField> files = files(map);
    List<DocumentRef> replaces = replaces(map);
    boolean draft = fields.bool(map, "draft").orElse(false);
    if (!fields.diagnostics().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new DocumentFields(
            number.orElseThrow(),
            kind.orElseThrow(),
            issuer.orElseThrow(),
            issued.orElseThrow(),
            inForce,
            signer.orElseThrow(),
            summary.orElseThrow(),
            field.orElseThrow(),
            files,
            replaces,
            draft,
            slug.orElseThrow()));
  }

  private Optional<DocumentRef> number(YamlMap map, String key, String text) {
    YamlNode node = map.find(key).orElseThrow().value();
    return number(node, key, text);
  }

  private Optional<DocumentRef> number(YamlNode node, String key, String text) {
    if (!(key.equals("so-ky-hieu") ? NUMBER : CITED).matcher(text).matches()) {
      fields.report(
          fields
              .error(node, "\"" + key + "\" \"" + text + "\" is not a document number and symbol")
              .withHint(
                  "write the number, then the symbol's parts joined by - or /, as on the document: "
                      + "417-TB/TU, 15/QĐ-UBND, 42/2022/NĐ-CP"));
      return Optional.empty();
    }
    return Optional.of(
        new DocumentRef(text, node.lineNumber() + yamlLineOffset, node.columnNumber()));
  }

  private Optional<String> kind(YamlMap map, String kind) {
    if (settings.kinds().contains(kind)) {
      return Optional.of(kind);
    }
    Optional<String> close = Suggestion.closest(kind, settings.kinds());
    fields.report(
        fields
            .error(
                map.find("loai").orElseThrow().value(),
                "kind \"" + kind + "\" is not in bulletin.yaml")
            .withHint(
                close
                    .map(c -> "did you mean \"" + c + "\"?")
                    .orElse(
                        "allowed: "
                            + String.join(", ", settings.kinds())
                            + "; or add it under documents: kinds:")));
    return Optional.empty();
  }

  // ISO as everywhere else, or day/month/year as Vietnamese documents print it (05/8/2024).
  private Optional<LocalDate> date(YamlMap map, String key, String text) {
    try {
      Matcher vn = VIETNAMESE_DATE.matcher(text);
      if (vn.matches()) {
        return Optional.of(
            LocalDate.of(
                Integer.parseInt(vn.group(3)),
                Integer.parseInt(vn.group(2)),
                Integer.parseInt(vn.group(1))));
      }
      if (text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
        return Optional.of(LocalDate.parse(text));
      }
    } catch (DateTimeException e) {
      fields.report(
          fields
              .error(map.find(key).orElseThrow().value(), "date \"" + text + "\" does not exist")
              .withHint("check the day and the month"));
      return Optional.empty();
    }
    fields.report(
        fields
            .error(
                map.find(key).orElseThrow().value(),
                "\"" + key + "\" \"" + text + "\" is not a date")
            .withHint("write it as 2024-08-05 or 05/8/2024"));
    return Optional.empty();
  }

  private List<DocumentFields.FileField> files(YamlMap map) {
    List<DocumentFields.FileField> files = new ArrayList<>();
    for (YamlNode node : fields.list(map, "files").map(YamlList::items).orElse(List.of())) {
      if (!(node instanceof YamlMap entry)) {
        fields.report(
            fields
                .error(node, "each entry of \"files\" needs \"title:\" and \"path:\"")
                .withHint("e.g. - title: \"Toàn văn\"\n           path: 417-tb-tu.pdf"));
        continue;
      }
      fields.rejectUnknown(entry, Set.of("title", "path"), "file field");
      Optional<String> title =
          fields.requireText(entry, "title", entry.lineNumber() + yamlLineOffset);
      Optional<String> path =
          fields.requireText(entry, "path", entry.lineNumber() + yamlLineOffset);
      if (title.isEmpty() || path.isEmpty()) {
        continue;
      }
      YamlNode at = entry.find("path").orElseThrow().value();
      if (!path.get().matches("[^/\\\\:]+") || path.get().startsWith(".")) {
        fields.report(
            fields
                .error(at, "file \"" + path.get() + "\" must be a file beside the document")
                .withHint(
                    "put the file in the document's folder and write its name, e.g. path: 417-tb-tu.pdf"));
        continue;
      }
      int line = at.lineNumber() + yamlLineOffset;
      files.add(
          new DocumentFields.FileField(
              title.get(), path.get(), line, at.columnNumber(), source.line(line)));
    }
    return files;
  }

  private List<DocumentRef> replaces(YamlMap map) {
    Optional<YamlMap.Entry> entry = map.find("thay-the");
    if (entry.isEmpty() || entry.get().value() instanceof YamlScalar s && s.isNull()) {
      return List.of();
    }
    return refs(entry.get().value(), "thay-the");
  }

  /**
   * Document numbers written as one text or a list of texts, each checked and kept with its line.
   */
  List<DocumentRef> refs(YamlNode node, String key) {
    List<YamlNode> items = node instanceof YamlList list ? list.items() : List.of(node);
    List<DocumentRef> refs = new ArrayList<>();
    for (YamlNode item : items) {
      if (!(item instanceof YamlScalar scalar) || scalar.isNull()) {
        fields.report(
            fields.error(
                item,
                "each entry of \"" + key + "\" must be a document number, not " + item.kindName()));
        continue;
      }
      number(item, key, scalar.value().strip()).ifPresent(refs::add);
    }
    return refs;
  }

  /** The documents an item cites ({@code van-ban:}), read with the item's reader. */
  static List<DocumentRef> citations(
      YamlMap map, FieldReader fields, int yamlLineOffset, SourceFile source) {
    Optional<YamlMap.Entry> entry = map.find("van-ban");
    if (entry.isEmpty() || entry.get().value() instanceof YamlScalar s && s.isNull()) {
      return List.of();
    }
    return new DocumentFieldsReader(SiteConfig.Documents.DEFAULT, fields, yamlLineOffset, source)
        .refs(entry.get().value(), "van-ban");
  }
}
