package vn.bulletin.search;

import java.util.List;
import java.util.Optional;
import vn.bulletin.model.Attachment;
import vn.bulletin.model.Category;
import vn.bulletin.model.Document;
import vn.bulletin.model.HtmlBody;
import vn.bulletin.model.NewsItem;
import vn.bulletin.model.VietnameseFormat;

/**
 * A document as the index holds it: an entry of the category "Văn bản" (so the search page's
 * category filter narrows to documents), titled by kind and number, led by its abstract, dated by its
 * issue day, whose text is its fields, its note and the text of its attached files. Its number's parts
 * are syllables like any others, so "417-TB/TU", "417 TB TU" and "417/TB-TU" find it alike.
 */
final class DocumentEntries {
  static final Category CATEGORY = new Category("Văn bản", "van-ban", "");

  private DocumentEntries() {}

  static NewsItem of(Document d, VietnameseFormat format) {
    StringBuilder html = new StringBuilder();
    paragraph(html, d.number().number() + " " + d.kind() + " " + d.issuer() + " " + d.signer() + " " + d.field());
    html.append(d.body().html());
    for (Attachment file : d.files()) {
      paragraph(html, file.title());
      file.text().lines().filter(l -> !l.isBlank()).forEach(l -> paragraph(html, l));
    }
    return new NewsItem(d.sourcePath(), d.slug(), d.path(), d.title(), d.issued().atStartOfDay(format.zone()),
        CATEGORY, List.of(), d.summary(), Optional.empty(), d.signer(), d.issuer(), false, false,
        HtmlBody.of(html.toString()), List.of(), List.of());
  }

  private static void paragraph(StringBuilder html, String text) {
    html.append("<p>").append(text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")).append("</p>\n");
  }
}
