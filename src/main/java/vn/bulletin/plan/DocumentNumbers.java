package vn.bulletin.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.bulletin.diagnostic.Diagnostic;
import vn.bulletin.model.Document;
import vn.bulletin.model.DocumentRef;
import vn.bulletin.model.NewsItem;

/**
 * The published documents by number and symbol, however it is spelled, and who names whom: which
 * documents replace a document, which news items cite it. Two documents of one number, and an item
 * citing a number no document has, are errors at the line the number is written on.
 */
final class DocumentNumbers {
  private final Map<String, Document> byKey = new HashMap<>();
  private final Map<Document, List<Document>> replacedBy = new HashMap<>();
  private final Map<Document, List<NewsItem>> citedBy = new HashMap<>();
  private final Map<NewsItem, List<Document>> cited = new LinkedHashMap<>();

  /**
   * @param documents newest first; @param items the published items, newest first
   */
  DocumentNumbers(List<Document> documents, List<NewsItem> items, OutputList out) {
    for (Document d : documents) {
      Document first = byKey.putIfAbsent(d.number().key(), d);
      if (first != null) {
        out.report(duplicate(d, first));
        out.report(duplicate(first, d));
      }
    }
    for (Document d : documents) {
      for (DocumentRef ref : d.replaces()) {
        find(ref)
            .filter(r -> r != d)
            .ifPresent(r -> replacedBy.computeIfAbsent(r, k -> new ArrayList<>()).add(d));
      }
    }
    for (NewsItem item : items) {
      for (DocumentRef ref : item.documents()) {
        Optional<Document> d = find(ref);
        if (d.isEmpty()) {
          out.report(unknown(item, ref, documents));
          continue;
        }
        if (!cited.computeIfAbsent(item, k -> new ArrayList<>()).contains(d.get())) {
          cited.get(item).add(d.get());
          citedBy.computeIfAbsent(d.get(), k -> new ArrayList<>()).add(item);
        }
      }
    }
  }

  Optional<Document> find(DocumentRef ref) {
    return Optional.ofNullable(byKey.get(ref.key()));
  }

  /** The documents that name this one in {@code thay-the:}, newest first. */
  List<Document> replacedBy(Document d) {
    return replacedBy.getOrDefault(d, List.of());
  }

  /** The news items that cite this document, newest first. */
  List<NewsItem> citedBy(Document d) {
    return citedBy.getOrDefault(d, List.of());
  }

  /** The documents an item cites, in the order it names them. */
  List<Document> citedIn(NewsItem item) {
    return cited.getOrDefault(item, List.of());
  }

  private static Diagnostic duplicate(Document reported, Document other) {
    return at(
            Diagnostic.error(
                reported.sourcePath(),
                "document number \""
                    + reported.number().number()
                    + "\" is also that of "
                    + other.sourcePath()),
            reported.number())
        .withHint("each document has its own number; correct one of them, or remove the copy");
  }

  private static Diagnostic unknown(NewsItem item, DocumentRef ref, List<Document> documents) {
    Optional<String> close =
        vn.bulletin.diagnostic.Suggestion.closest(
            ref.number(), documents.stream().map(d -> d.number().number()).toList());
    return at(
            Diagnostic.error(
                item.sourcePath(), "no document has the number \"" + ref.number() + "\""),
            ref)
        .withHint(
            close
                .map(c -> "did you mean \"" + c + "\"?")
                .orElse("add the document under content/van-ban/, or correct the number"));
  }

  // The line's text is filled in by the build, which can read the file again.
  private static Diagnostic at(Diagnostic d, DocumentRef ref) {
    return d.at(
        ref.lineNumber(), Math.max(1, ref.columnNumber()), Math.max(1, ref.number().length()), "");
  }
}
