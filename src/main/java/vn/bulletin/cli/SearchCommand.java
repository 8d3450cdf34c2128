package vn.bulletin.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.bulletin.search.InvalidSearchException;
import vn.bulletin.search.SearchEngine;
import vn.bulletin.search.SearchHit;
import vn.bulletin.search.SearchIndex;
import vn.bulletin.search.SearchRequest;
import vn.bulletin.search.SearchResults;

/** {@code bulletin search "ham can"}: ranked results from the index the last build saved. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description =
        "Search the published items with the index the last build saved in <source>/"
            + SearchIndex.DIRECTORY
            + ".")
final class SearchCommand implements Callable<Integer> {
  @Parameters(
      index = "0",
      paramLabel = "QUERY",
      description = "Words, with or without diacritics, e.g. \"ham can\".")
  String query;

  @Option(
      names = "--source",
      defaultValue = ".",
      description = "The site's folder (default: ${DEFAULT-VALUE}).")
  Path source;

  @Option(names = "--category", description = "Only this category (its name or slug).")
  String category;

  @Option(names = "--json", description = "Print [{\"url\",\"title\",\"date\",\"score\"}].")
  boolean json;

  @Option(
      names = "--page",
      defaultValue = "1",
      description = "Page of results (default: ${DEFAULT-VALUE}).")
  int page;

  @Option(
      names = "--size",
      defaultValue = "10",
      description = "Results per page, at most 50 (default: ${DEFAULT-VALUE}).")
  int size;

  @Option(
      names = "--prefix",
      description =
          "Match the last word as the start of a word, as the search box does while typing.")
  boolean prefix;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    var err = spec.commandLine().getErr();
    Path dir = source.resolve(SearchIndex.DIRECTORY);
    try (SearchEngine engine = SearchEngine.open(dir)) {
      SearchResults results =
          engine.search(new SearchRequest(query, category, page, size, prefix, false));
      spec.commandLine().getOut().println(json ? results.hitsJson() : text(results));
      return ExitCode.OK;
    } catch (NoSuchFileException e) {
      err.println("error: no search index in " + dir + "; run \"bulletin build\" first");
      return ExitCode.USAGE_ERROR;
    } catch (InvalidSearchException e) {
      err.println("error: " + e.getMessage());
      return ExitCode.USAGE_ERROR;
    }
  }

  private static String text(SearchResults results) {
    if (results.hits().isEmpty()) {
      return "no results for \"" + results.query() + "\"";
    }
    StringBuilder out =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "%d results for \"%s\"%s%n",
                results.total(),
                results.query(),
                results.partial() ? " (time budget reached: partial)" : ""));
    int rank = (results.page() - 1) * results.pageSize();
    for (SearchHit h : results.hits()) {
      out.append(
          String.format(
              Locale.ROOT,
              "%3d. %s%n     %s · %s · %s%n",
              ++rank,
              h.title(),
              h.dateLine(),
              h.categoryName(),
              h.url()));
    }
    return out.toString().stripTrailing();
  }
}
