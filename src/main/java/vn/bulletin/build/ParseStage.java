package vn.bulletin.build;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import vn.bulletin.content.LoadedContent;
import vn.bulletin.content.SourceFile;
import vn.bulletin.diagnostic.Diagnostic;
import vn.bulletin.diagnostic.Diagnostics;

/** Parses every item and page independently, in parallel, each within its stack and time limits. */
final class ParseStage {
  private final SourceParser parser;
  private final Duration budget;
  private final BuildListener listener;
  private final AtomicInteger done = new AtomicInteger();

  ParseStage(SourceParser parser, Duration budget, BuildListener listener) {
    this.parser = parser;
    this.budget = budget;
    this.listener = listener;
  }

  ParsedContent parse(LoadedContent content, Diagnostics diagnostics) {
    int total = content.items().size() + content.pages().size();
    try (GuardedExecutor executor = new GuardedExecutor(Runtime.getRuntime().availableProcessors())) {
      return new ParsedContent(
          run(executor, content.items(), counted(parser::parseItem, total), diagnostics),
          run(executor, content.pages(), counted(parser::parsePage, total), diagnostics));
    }
  }

  private <T> Function<SourceFile, SourceParser.Parsed<T>> counted(
      Function<SourceFile, SourceParser.Parsed<T>> task, int total) {
    return source -> {
      SourceParser.Parsed<T> parsed = task.apply(source);
      listener.sourcesParsed(done.incrementAndGet(), total);
      return parsed;
    };
  }

  private <T> List<T> run(GuardedExecutor executor, List<SourceFile> sources,
      Function<SourceFile, SourceParser.Parsed<T>> task, Diagnostics diagnostics) {
    List<GuardedExecutor.Outcome<SourceParser.Parsed<T>>> outcomes = executor.run(sources, task, budget);
    List<T> parsed = new ArrayList<>();
    for (int i = 0; i < sources.size(); i++) {
      String path = sources.get(i).path();
      var outcome = outcomes.get(i);
      if (outcome instanceof GuardedExecutor.Done<SourceParser.Parsed<T>> done) {
        diagnostics.addAll(done.result().diagnostics());
        done.result().value().ifPresent(parsed::add);
      } else if (outcome instanceof GuardedExecutor.Overflowed) {
        diagnostics.add(Diagnostic.error(path, "Markdown is nested too deeply to render")
            .withHint("look for long runs of \">\", list markers or brackets, as pasted text can hold"));
      } else {
        diagnostics.add(Diagnostic.error(path, "Markdown took longer than " + budget.toSeconds() + " s to render")
            .withHint("look for long runs of backticks, brackets or asterisks, and split very long files"));
      }
    }
    return parsed;
  }
}
