package vn.bulletin.search;

import vn.bulletin.model.Attachment;
import vn.bulletin.model.Document;

/** Where the index reads the text of a document's attached file, one file at a time. */
@FunctionalInterface
public interface AttachmentText {
  /** No attached file has text: what an index of news items alone uses. */
  AttachmentText NONE = (document, file) -> "";

  /** The file's text, empty when it has none. */
  String of(Document document, Attachment file);
}
