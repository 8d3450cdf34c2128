package vn.bulletin.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.bulletin.diagnostic.Diagnostic;

/** One mistake in a template fails every page that uses it; it is reported once, with a count. */
final class TemplateFailures {
  private TemplateFailures() {}

  static List<Diagnostic> collapse(List<Diagnostic> failures) {
    record Place(String path, int line, int column, String message) {}
    Map<Place, List<Diagnostic>> byPlace = new LinkedHashMap<>();
    for (Diagnostic d : failures) {
      byPlace
          .computeIfAbsent(
              new Place(d.path(), d.lineNumber(), d.columnNumber(), d.message()),
              k -> new ArrayList<>())
          .add(d);
    }
    List<Diagnostic> collapsed = new ArrayList<>();
    for (List<Diagnostic> same : byPlace.values()) {
      Diagnostic first =
          same.stream().min(Diagnostic.ORDER.thenComparing(Diagnostic::context)).orElseThrow();
      if (same.size() == 1 || first.context().isEmpty()) {
        collapsed.add(first);
      } else {
        collapsed.add(
            first.withContext(
                first.context()
                    + " and "
                    + (same.size() - 1)
                    + " other page"
                    + (same.size() == 2 ? "" : "s")));
      }
    }
    return collapsed;
  }
}
