package vn.bulletin.search;

import java.util.List;
import java.util.Locale;
import vn.bulletin.json.Json;

/**
 * One page of results.
 *
 * @param total how many items match (capped by nothing; pages stop at {@link
 *     SearchRequest#MAX_RANK})
 * @param partial whether the time budget ran out, so the ranking covers only part of the index
 * @param terms the folded query syllables, for highlighting them in snippets
 */
public record SearchResults(
    String query,
    int page,
    int pageSize,
    long total,
    boolean partial,
    List<SearchHit> hits,
    List<String> terms) {

  public SearchResults {
    hits = List.copyOf(hits);
    terms = List.copyOf(terms);
  }

  /** {@code [{"url","title","date","score"}]}, the CLI's {@code --json}. */
  public String hitsJson() {
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < hits.size(); i++) {
      SearchHit h = hits.get(i);
      json.append(i == 0 ? "\n" : ",\n")
          .append("  {\"url\":")
          .append(Json.quote(h.url()))
          .append(",\"title\":")
          .append(Json.quote(h.title()))
          .append(",\"date\":")
          .append(Json.quote(h.date()))
          .append(",\"score\":")
          .append(String.format(Locale.ROOT, "%.4f", h.score()))
          .append('}');
    }
    return json.append(hits.isEmpty() ? "]" : "\n]").toString();
  }
}
