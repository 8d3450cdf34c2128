package vn.bulletin.importer;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the author and source lines: NukeViet prints "Tác giả:" and "Nguồn tin:" after the body;
 * other portals end the body with them ("Tin, ảnh: …", "Nguồn: …", "Theo …"), and those lines are
 * taken out of the body.
 */
final class Bylines {
  private static final Pattern AUTHOR =
      Pattern.compile(
          "^(?:Tác giả|Tin,? ảnh|Bài,? ảnh|Tin và ảnh|Bài và ảnh|Người viết)\\s*:\\s*(.{1,120})$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern SOURCE =
      Pattern.compile(
          "^(?:Nguồn tin|Nguồn)\\s*:\\s*(.{1,120})$|^(Theo\\s+.{1,100})$",
          Pattern.CASE_INSENSITIVE);

  /** How many of the body's last paragraphs may be byline lines. */
  private static final int TAIL = 3;

  record Found(String author, String source) {}

  Found find(Document doc, Element body) {
    String author = "";
    String source = "";
    for (Element line : doc.select(".news_column p.h5.text-right")) {
      author = author.isEmpty() ? match(AUTHOR, line.text()) : author;
      source = source.isEmpty() ? match(SOURCE, line.text()) : source;
    }
    List<Element> paragraphs = body.select("p");
    for (int i = Math.max(0, paragraphs.size() - TAIL); i < paragraphs.size(); i++) {
      Element p = paragraphs.get(i);
      String a = match(AUTHOR, p.text());
      String s = match(SOURCE, p.text());
      if (!a.isEmpty() && author.isEmpty()) {
        author = a;
        p.remove();
      } else if (!s.isEmpty() && source.isEmpty()) {
        source = s;
        p.remove();
      }
    }
    return new Found(author, source);
  }

  private static String match(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text.replace('\u00A0', ' ').strip());
    if (!m.matches()) {
      return "";
    }
    return (m.group(1) != null
            ? m.group(1)
            : m.groupCount() > 1 && m.group(2) != null ? m.group(2) : "")
        .strip();
  }
}
