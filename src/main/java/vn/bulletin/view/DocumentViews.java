package vn.bulletin.view;

import java.util.List;
import vn.bulletin.model.HtmlBody;
import vn.bulletin.view.Views.ItemSummary;
import vn.bulletin.view.Views.LinkView;
import vn.bulletin.view.Views.PageMeta;
import vn.bulletin.view.Views.Pagination;
import vn.bulletin.view.Views.SiteView;

/** The records templates get for documents (văn bản); as {@link Views}, strings are never null. */
public final class DocumentViews {
  private DocumentViews() {}

  /**
   * A document in a list.
   *
   * @param title kind and number, "Thông báo số 417-TB/TU"
   * @param issued the issue date as documents print it, "05/08/2024"
   */
  public record DocumentSummary(
      String title,
      String number,
      String kind,
      String path,
      String issued,
      String isoIssued,
      String summary,
      String issuer) {}

  /** An attached file: its link, type and size ("PDF", "1,2 MB"). */
  public record FileView(String title, String path, String type, String size) {}

  /** A document another names that may not be on the site: {@code path} is empty then. */
  public record NumberLink(String number, String title, String path) {}

  /**
   * A document's page: its table of fields, files, the documents it replaces and that replace it.
   */
  public record DocumentView(
      String title,
      String number,
      LinkView kind,
      LinkView issuer,
      String issued,
      String isoIssued,
      String inForce,
      String signer,
      String summary,
      LinkView field,
      LinkView year,
      List<FileView> files,
      List<NumberLink> replaces,
      List<NumberLink> replacedBy,
      List<ItemSummary> citedBy,
      HtmlBody bodyHtml,
      String url) {}

  /** One value of a filter, with how many documents it holds. */
  public record FilterLink(String name, String path, int count, boolean current) {}

  /** A way to narrow the list: by kind, issuing body, field or year. */
  public record FilterGroup(String name, List<FilterLink> links) {}

  public record DocumentPage(
      SiteView site,
      String root,
      PageMeta page,
      DocumentView document,
      List<DocumentSummary> otherDocuments) {}

  public record DocumentListPage(
      SiteView site,
      String root,
      PageMeta page,
      String heading,
      String description,
      List<DocumentSummary> documents,
      Pagination pagination,
      List<FilterGroup> filters) {}
}
