package vn.bulletin.importer;

import java.time.format.DateTimeFormatter;

/** Writes an item's file as an editor would: the front matter bulletin reads, then the body. */
final class ItemRenderer {
  String render(ItemDraft item) {
    StringBuilder out = new StringBuilder("---\n");
    field(out, "title", item.title());
    out.append("date: ")
        .append(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(item.date()))
        .append('\n');
    field(out, "category", item.category().name());
    optional(out, "summary", item.summary());
    optional(out, "image", item.image());
    optional(out, "author", item.author());
    optional(out, "source", item.source());
    out.append("aliases:\n  - ").append(quote(item.alias())).append('\n');
    return out.append("---\n\n").append(item.body()).toString();
  }

  private static void optional(StringBuilder out, String key, String value) {
    if (!value.isBlank()) {
      field(out, key, value);
    }
  }

  private static void field(StringBuilder out, String key, String value) {
    out.append(key).append(": ").append(quote(value.strip())).append('\n');
  }

  static String quote(String text) {
    StringBuilder q = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> q.append("\\\"");
        case '\\' -> q.append("\\\\");
        case '\n', '\r', '\t' -> q.append(' ');
        default -> q.append(c);
      }
    }
    return q.append('"').toString();
  }
}
