package vn.bulletin.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.bulletin.diagnostic.Diagnostic;

/** One mistake in a template fails every page that uses it; it is reported once, with a count. */
final class TemplateFailures {
  private static final String CONTEXT = " (while rendering ";

  private TemplateFailures() {}

  static List<Diagnostic> collapse(List<Diagnostic> failures) {
    Map<String, List<Diagnostic>> byPlace = new LinkedHashMap<>();
    for (Diagnostic d : failures) {
      String message = d.message();
      int context = message.indexOf(CONTEXT);
      String what = context < 0 ? message : message.substring(0, context);
      byPlace.computeIfAbsent(d.path() + ":" + d.lineNumber() + ":" + d.columnNumber() + ":" + what,
          k -> new ArrayList<>()).add(d);
    }
    List<Diagnostic> collapsed = new ArrayList<>();
    for (List<Diagnostic> same : byPlace.values()) {
      Diagnostic first = same.stream().min(Diagnostic.ORDER).orElseThrow();
      if (same.size() == 1 || !first.message().endsWith(")")) {
        collapsed.add(first);
      } else {
        String message = first.message().substring(0, first.message().length() - 1)
            + " and " + (same.size() - 1) + " other page" + (same.size() == 2 ? "" : "s") + ")";
        collapsed.add(new Diagnostic(first.severity(), first.path(), first.lineNumber(), first.columnNumber(),
            first.width(), message, first.sourceLine(), first.hint()));
      }
    }
    return collapsed;
  }
}
