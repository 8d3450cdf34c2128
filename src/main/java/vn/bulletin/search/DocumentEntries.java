package vn.bulletin.search;

import java.util.List;
import java.util.Optional;
import vn.bulletin.fingerprint.Fingerprint;
import vn.bulletin.model.Attachment;
import vn.bulletin.model.Category;
import vn.bulletin.model.Document;
import vn.bulletin.model.HtmlBody;
import vn.bulletin.model.NewsItem;
import vn.bulletin.model.VietnameseFormat;

/**
 * A document as the index holds it: an entry of the category "Văn bản" (so the search page's
 * category filter narrows to documents), titled by kind and number, led by its abstract, dated by
 * its issue day, whose text is its fields, its note and the text of its attached files. Its
 * number's parts are syllables like any others, so "417-TB/TU", "417 TB TU" and "417/TB-TU" find it
 * alike.
 */
final class DocumentEntries {
  static final Category CATEGORY = new Category("Văn bản", "van-ban", "");

  private DocumentEntries() {}

  static NewsItem of(Document d, VietnameseFormat format, AttachmentText texts) {
    return new NewsItem(
        d.sourcePath(),
        d.slug(),
        d.path(),
        d.title(),
        d.issued().atStartOfDay(format.zone()),
        CATEGORY,
        List.of(),
        d.summary(),
        Optional.empty(),
        d.signer(),
        d.issuer(),
        false,
        false,
        new EntryBody(d, texts),
        List.of(),
        List.of());
  }

  /**
   * The entry's text, made each time it is asked for and not kept: thousands of documents with long
   * annexes are analysed one by one, never all held at once. Its digest is of what the text is made
   * from (the fields, the note's digest and each file's title and text key), so an unchanged
   * document is known without reading its files.
   */
  private static final class EntryBody extends HtmlBody {
    private final Document document;
    private final AttachmentText texts;
    private volatile String digest;

    EntryBody(Document document, AttachmentText texts) {
      this.document = document;
      this.texts = texts;
    }

    @Override
    public String html() {
      StringBuilder html = new StringBuilder();
      paragraph(html, fieldsLine(document));
      html.append(document.body().html());
      for (Attachment file : document.files()) {
        paragraph(html, file.title());
        texts.of(document, file).lines().filter(l -> !l.isBlank()).forEach(l -> paragraph(html, l));
      }
      return html.toString();
    }

    @Override
    public String digest() {
      String known = digest;
      if (known == null) {
        Fingerprint f = new Fingerprint().add(fieldsLine(document)).add(document.body().digest());
        for (Attachment file : document.files()) {
          f.add(file.title()).add(file.textKey());
        }
        known = f.hex();
        digest = known;
      }
      return known;
    }
  }

  private static String fieldsLine(Document d) {
    return d.number().number()
        + " "
        + d.kind()
        + " "
        + d.issuer()
        + " "
        + d.signer()
        + " "
        + d.field();
  }

  private static void paragraph(StringBuilder html, String text) {
    html.append("<p>")
        .append(text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
        .append("</p>\n");
  }
}
