package vn.bulletin.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import vn.bulletin.cache.ParseCache;
import vn.bulletin.content.LoadedContent;
import vn.bulletin.content.SourceFile;
import vn.bulletin.diagnostic.Diagnostic;
import vn.bulletin.diagnostic.Diagnostics;
import vn.bulletin.model.NewsItem;
import vn.bulletin.model.StandalonePage;

/**
 * Parses every item and page independently, in parallel, each within its stack and time limits.
 * A source whose text (and measured photos) an earlier build parsed is taken from the cache.
 */
final class ParseStage {
  private final SourceParser parser;
  private final Duration budget;
  private final BuildListener listener;
  private final ParseCache cache;
  private final Path contentDir;
  private final AtomicInteger done = new AtomicInteger();
  private int total;
  private int fromCache;

  ParseStage(SourceParser parser, Duration budget, BuildListener listener, ParseCache cache, Path contentDir) {
    this.parser = parser;
    this.budget = budget;
    this.listener = listener;
    this.cache = cache;
    this.contentDir = contentDir;
  }

  ParsedContent parse(LoadedContent content, Diagnostics diagnostics) {
    total = content.items().size() + content.pages().size();
    try (GuardedExecutor executor = new GuardedExecutor(Runtime.getRuntime().availableProcessors())) {
      return new ParsedContent(
          run(executor, content.items(), counted(parser::parseItem), ParseCache.Entry::item, diagnostics),
          run(executor, content.pages(), counted(parser::parsePage), ParseCache.Entry::page, diagnostics));
    }
  }

  /** How many sources the last {@link #parse} took from the cache. */
  int fromCache() {
    return fromCache;
  }

  private <T> Function<SourceFile, SourceParser.Parsed<T>> counted(Function<SourceFile, SourceParser.Parsed<T>> task) {
    return source -> {
      SourceParser.Parsed<T> parsed = task.apply(source);
      listener.sourcesParsed(done.incrementAndGet(), total);
      return parsed;
    };
  }

  private <T> List<T> run(GuardedExecutor executor, List<SourceFile> sources,
      Function<SourceFile, SourceParser.Parsed<T>> task, Function<ParseCache.Entry, Optional<T>> cached,
      Diagnostics diagnostics) {
    List<String> keys = sources.stream().map(s -> ParseCache.key(s.path(), s.text())).toList();
    List<Optional<ParseCache.Entry>> hits = keys.stream().map(k -> cache.find(k).filter(this::photosUnchanged)).toList();
    List<SourceFile> misses = new ArrayList<>();
    for (int i = 0; i < sources.size(); i++) {
      if (hits.get(i).isEmpty()) {
        misses.add(sources.get(i));
      }
    }
    List<GuardedExecutor.Outcome<SourceParser.Parsed<T>>> outcomes = executor.run(misses, task, budget);
    List<T> parsed = new ArrayList<>();
    int miss = 0;
    for (int i = 0; i < sources.size(); i++) {
      if (hits.get(i).isPresent()) {
        fromCache++;
        diagnostics.addAll(hits.get(i).get().diagnostics());
        cached.apply(hits.get(i).get()).ifPresent(parsed::add);
        listener.sourcesParsed(done.incrementAndGet(), total);
        continue;
      }
      String path = sources.get(i).path();
      var outcome = outcomes.get(miss++);
      if (outcome instanceof GuardedExecutor.Done<SourceParser.Parsed<T>> result) {
        diagnostics.addAll(result.result().diagnostics());
        result.result().value().ifPresent(parsed::add);
        remember(keys.get(i), result.result());
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

  // Sources with errors are parsed again next time: they are few, and their messages stay fresh.
  private <T> void remember(String key, SourceParser.Parsed<T> result) {
    if (result.value().isEmpty()) {
      return;
    }
    Object value = result.value().get();
    List<ParseCache.Stamp> stamps = result.photos().stream().distinct().map(this::stamp).toList();
    cache.put(key, new ParseCache.Entry(
        value instanceof NewsItem item ? Optional.of(item) : Optional.empty(),
        value instanceof StandalonePage page ? Optional.of(page) : Optional.empty(),
        result.diagnostics(), stamps));
  }

  private boolean photosUnchanged(ParseCache.Entry entry) {
    return entry.photos().stream().allMatch(s -> s.equals(stamp(s.photo())));
  }

  private ParseCache.Stamp stamp(String photo) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(contentDir.resolve(photo), BasicFileAttributes.class);
      return new ParseCache.Stamp(photo, attributes.size(), attributes.lastModifiedTime().toMillis());
    } catch (IOException | RuntimeException e) {
      return new ParseCache.Stamp(photo, -1, -1);
    }
  }
}
