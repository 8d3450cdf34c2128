package vn.bulletin.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;
import vn.bulletin.config.ConfigLoader;
import vn.bulletin.diagnostic.Diagnostic;
import vn.bulletin.yaml.FieldReader;
import vn.bulletin.yaml.YamlMap;
import vn.bulletin.yaml.YamlParser;
import vn.bulletin.yaml.YamlScalar;
import vn.bulletin.yaml.YamlSyntaxException;

/**
 * Reads the {@code import:} section of {@code bulletin.yaml} (the rest is the build's, read by
 * {@link ConfigLoader}): {@code preset}, the selectors {@code title}, {@code date}, {@code lead},
 * {@code body}, {@code category}, {@code remove}, and {@code categories}, a map of old names to
 * new.
 */
public final class ImportSettingsLoader {
  static final Set<String> KEYS =
      Set.of("preset", "title", "date", "lead", "body", "category", "remove", "categories");

  /** The settings, or the problems in them. */
  public record Result(ImportSettings settings, List<Diagnostic> diagnostics) {}

  public Result load(Path sourceDir) throws IOException {
    Path file = sourceDir.resolve(ConfigLoader.FILE_NAME);
    if (!Files.exists(file)) {
      return new Result(ImportSettings.DEFAULT, List.of());
    }
    String text =
        Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n").replace("\uFEFF", "");
    List<String> lines = text.lines().toList();
    FieldReader fields =
        new FieldReader(
            ConfigLoader.FILE_NAME, 0, n -> n >= 1 && n <= lines.size() ? lines.get(n - 1) : "");
    YamlMap root;
    try {
      root = new YamlParser().parseMap(text);
    } catch (YamlSyntaxException e) {
      return new Result(
          ImportSettings.DEFAULT,
          List.of(
              Diagnostic.error(ConfigLoader.FILE_NAME, e.getMessage()).atLine(e.lineNumber(), "")));
    }
    YamlMap section = fields.map(root, "import").orElse(new YamlMap(List.of(), 1, 1));
    fields.rejectUnknown(section, KEYS, "import setting");
    String preset = fields.text(section, "preset").orElse("auto");
    if (!preset.equals("auto") && !preset.equals("nukeviet")) {
      fields.report(
          fields
              .error(
                  section.find("preset").orElseThrow().value(),
                  "preset \"" + preset + "\" is not known")
              .withHint("use \"nukeviet\" or \"auto\""));
    }
    Selectors selectors =
        new Selectors(
            css(section, "title", fields),
            css(section, "date", fields),
            css(section, "lead", fields),
            css(section, "body", fields),
            css(section, "category", fields),
            css(section, "remove", fields));
    return new Result(
        new ImportSettings(preset, selectors, categories(section, fields)), fields.diagnostics());
  }

  private static String css(YamlMap section, String key, FieldReader fields) {
    String value = fields.text(section, key).orElse("");
    if (!value.isEmpty()) {
      try {
        QueryParser.parse(value);
      } catch (Selector.SelectorParseException e) {
        fields.report(
            fields
                .error(
                    section.find(key).orElseThrow().value(),
                    "import " + key + " \"" + value + "\" is not a CSS selector")
                .withHint("e.g. \"div.article h1\""));
        return "";
      }
    }
    return value;
  }

  private static Map<String, String> categories(YamlMap section, FieldReader fields) {
    Map<String, String> map = new LinkedHashMap<>();
    fields
        .map(section, "categories")
        .ifPresent(
            m -> {
              List<YamlMap.Entry> bad = new ArrayList<>();
              for (YamlMap.Entry entry : m.entries()) {
                if (entry.value() instanceof YamlScalar s && !s.isNull() && !s.value().isBlank()) {
                  map.put(entry.key().strip(), s.value().strip());
                } else {
                  bad.add(entry);
                }
              }
              bad.forEach(
                  e ->
                      fields.report(
                          fields.error(
                              e.value(),
                              "import category \""
                                  + e.key()
                                  + "\" must map to the name of a category in categories:")));
            });
    return map;
  }
}
