package vn.bulletin.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.bulletin.model.DocumentRef;

/** The validated front matter of a document (văn bản); its files are not looked at yet. */
public record DocumentFields(
    DocumentRef number,
    String kind,
    String issuer,
    LocalDate issued,
    Optional<LocalDate> inForce,
    String signer,
    String summary,
    String field,
    List<FileField> files,
    List<DocumentRef> replaces,
    boolean draft,
    String slug) {

  /**
   * One entry of {@code files:}: its title and its name beside the document, with the line of that
   * name.
   */
  public record FileField(
      String title, String name, int lineNumber, int columnNumber, String lineText) {}

  public DocumentFields {
    files = List.copyOf(files);
    replaces = List.copyOf(replaces);
  }

  /** Site-relative path of the document's page. */
  public String path() {
    return ContentLoader.DOCUMENTS_DIR + slug + "/";
  }
}
