package vn.bulletin.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.bulletin.config.ConfigLoader;
import vn.bulletin.config.SiteConfig;
import vn.bulletin.diagnostic.DiagnosticFormatter;
import vn.bulletin.diagnostic.Suggestion;
import vn.bulletin.model.Category;
import vn.bulletin.model.Slug;

/** {@code bulletin new "Tiêu đề"}: a new item file with its front matter filled in. */
@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    description = "Create content/<category>/<slug>.md for a new item and print its path.")
final class NewCommand implements Callable<Integer> {
  @Parameters(
      index = "0",
      paramLabel = "TITLE",
      description = "The headline, e.g. \"Hội nghị chuyển đổi số\".")
  String title;

  @Option(
      names = "--category",
      description = "The category's name (default: the first in bulletin.yaml).")
  String category;

  @Option(
      names = "--source",
      defaultValue = ".",
      description = "The site's folder (default: ${DEFAULT-VALUE}).")
  Path source;

  @Option(names = "--clock", hidden = true, converter = ClockOption.class)
  Clock clock;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    ConfigLoader.Result loaded = new ConfigLoader().load(source);
    var err = spec.commandLine().getErr();
    if (loaded.hasErrors()) {
      err.print(
          new DiagnosticFormatter()
              .formatAll(loaded.diagnostics(), "fix " + ConfigLoader.FILE_NAME + "."));
      return ExitCode.USAGE_ERROR;
    }
    Optional<Category> chosen = chooseCategory(loaded.config());
    String slug = Slug.of(title);
    if (chosen.isEmpty() || slug.isEmpty()) {
      err.println(
          slug.isEmpty()
              ? "error: the title \"" + title + "\" has no letters or digits to name the file"
              : categoryProblem(loaded.config()));
      return ExitCode.USAGE_ERROR;
    }
    String relative = "content/" + chosen.get().slug() + "/" + slug + ".md";
    Path file = source.resolve(relative);
    Files.createDirectories(file.getParent());
    try {
      Files.writeString(
          file,
          frontMatter(chosen.get(), loaded.config()),
          StandardCharsets.UTF_8,
          java.nio.file.StandardOpenOption.CREATE_NEW,
          java.nio.file.StandardOpenOption.WRITE);
    } catch (FileAlreadyExistsException e) {
      err.println("error: " + relative + " already exists; choose another title or edit that file");
      return ExitCode.USAGE_ERROR;
    }
    spec.commandLine().getOut().println(relative);
    return ExitCode.OK;
  }

  private Optional<Category> chooseCategory(SiteConfig config) {
    if (category == null) {
      return config.categories().stream().findFirst();
    }
    return config
        .findCategory(category.strip())
        .or(
            () ->
                config.categories().isEmpty() && !Slug.of(category).isEmpty()
                    ? Optional.of(new Category(category.strip(), Slug.of(category), ""))
                    : Optional.empty());
  }

  private String categoryProblem(SiteConfig config) {
    if (category == null) {
      return "error: bulletin.yaml lists no categories; pass --category \"Tin tức - Sự kiện\"";
    }
    var names = config.categories().stream().map(Category::name).toList();
    return "error: unknown category \""
        + category
        + "\""
        + Suggestion.closest(category, names)
            .map(c -> "; did you mean \"" + c + "\"?")
            .orElse("; known: " + String.join(", ", names));
  }

  private String frontMatter(Category chosen, SiteConfig config) {
    ZonedDateTime now =
        ZonedDateTime.now(clock == null ? Clock.systemUTC() : clock)
            .withZoneSameInstant(config.timeZone())
            .truncatedTo(ChronoUnit.MINUTES);
    return "---\n"
        + "title: "
        + quote(title.strip())
        + "\n"
        + "date: "
        + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(now)
        + "\n"
        + "category: "
        + quote(chosen.name())
        + "\n"
        + "tags: []\n"
        + "summary: \"\"\n"
        + "---\n\n";
  }

  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
