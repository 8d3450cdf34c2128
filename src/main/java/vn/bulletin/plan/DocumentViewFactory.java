package vn.bulletin.plan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import vn.bulletin.config.SiteConfig;
import vn.bulletin.model.Attachment;
import vn.bulletin.model.Document;
import vn.bulletin.model.DocumentRef;
import vn.bulletin.model.Slug;
import vn.bulletin.model.VietnameseFormat;
import vn.bulletin.view.DocumentViews.DocumentSummary;
import vn.bulletin.view.DocumentViews.DocumentView;
import vn.bulletin.view.DocumentViews.FileView;
import vn.bulletin.view.DocumentViews.NumberLink;
import vn.bulletin.view.Views.LinkView;

/** Builds the view records of documents, and owns the addresses of the documents section. */
final class DocumentViewFactory {
  static final String SECTION = "van-ban/";
  static final String NAME = "Văn bản";
  static final LinkView SECTION_LINK = new LinkView(NAME, SECTION);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final SiteConfig config;
  private final ViewFactory views;

  DocumentViewFactory(SiteConfig config, ViewFactory views) {
    this.config = config;
    this.views = views;
  }

  static String kindPath(String kind) {
    return SECTION + "loai/" + Slug.of(kind) + "/";
  }

  static String issuerPath(String issuer) {
    return SECTION + "co-quan/" + Slug.of(issuer) + "/";
  }

  static String fieldPath(String field) {
    return SECTION + "linh-vuc/" + Slug.of(field) + "/";
  }

  static String yearPath(int year) {
    return SECTION + "nam/" + year + "/";
  }

  static String day(LocalDate date) {
    return DAY.format(date);
  }

  DocumentSummary summary(Document d) {
    return new DocumentSummary(
        d.title(),
        d.number().number(),
        d.kind(),
        d.path(),
        day(d.issued()),
        d.issued().toString(),
        d.summary(),
        d.issuer());
  }

  List<DocumentSummary> summaries(List<Document> documents) {
    return documents.stream().map(this::summary).toList();
  }

  DocumentView view(Document d, DocumentNumbers numbers) {
    List<NumberLink> replaces =
        d.replaces().stream().map(ref -> link(ref, numbers.find(ref))).toList();
    List<NumberLink> replacedBy =
        numbers.replacedBy(d).stream()
            .map(r -> new NumberLink(r.number().number(), r.title(), r.path()))
            .toList();
    return new DocumentView(
        d.title(),
        d.number().number(),
        new LinkView(d.kind(), kindPath(d.kind())),
        new LinkView(d.issuer(), issuerPath(d.issuer())),
        day(d.issued()),
        d.issued().toString(),
        d.inForce().map(DocumentViewFactory::day).orElse(""),
        d.signer(),
        d.summary(),
        new LinkView(d.field(), fieldPath(d.field())),
        new LinkView(Integer.toString(d.issued().getYear()), yearPath(d.issued().getYear())),
        d.files().stream().map(f -> file(d, f)).toList(),
        replaces,
        replacedBy,
        views.summaries(numbers.citedBy(d)),
        d.body(),
        config.absoluteUrl(d.path()));
  }

  // Beside the page, as a bundle's photos are: the link is the file's name.
  private static FileView file(Document d, Attachment a) {
    return new FileView(
        a.title(), d.path() + a.name(), a.type(), VietnameseFormat.fileSize(a.bytes()));
  }

  private static NumberLink link(DocumentRef ref, Optional<Document> known) {
    return known
        .map(k -> new NumberLink(k.number().number(), k.title(), k.path()))
        .orElse(new NumberLink(ref.number(), "", ""));
  }
}
