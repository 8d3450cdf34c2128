package vn.bulletin.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A parsed document (văn bản): a decision, plan, notice or other directive text the agency
 * publishes with its identifying fields and its attached files.
 *
 * @param sourcePath the Markdown file, relative to the project
 * @param path site-relative URL path, {@code van-ban/<slug>/}
 * @param number the number and symbol ("số, ký hiệu"), e.g. {@code 417-TB/TU}, with the line it is
 *     written on
 * @param kind the kind ("loại"), one of the site's list, e.g. {@code Thông báo}
 * @param issuer the issuing body ("cơ quan ban hành")
 * @param inForce the day it takes effect, when the document says
 * @param summary the abstract ("trích yếu")
 * @param field the field it concerns ("lĩnh vực")
 * @param replaces the numbers of the documents it replaces, each with its line
 * @param body sanitised body HTML (a note beside the fields), often empty
 */
public record Document(
    String sourcePath,
    String slug,
    String path,
    DocumentRef number,
    String kind,
    String issuer,
    LocalDate issued,
    Optional<LocalDate> inForce,
    String signer,
    String summary,
    String field,
    List<Attachment> files,
    List<DocumentRef> replaces,
    boolean draft,
    HtmlBody body,
    List<LinkTarget> internalLinks) {

  public Document {
    files = List.copyOf(files);
    replaces = List.copyOf(replaces);
    internalLinks = List.copyOf(internalLinks);
  }

  /** The title lists and feeds show: kind and number, e.g. "Thông báo số 417-TB/TU". */
  public String title() {
    return kind + " số " + number.number();
  }
}
