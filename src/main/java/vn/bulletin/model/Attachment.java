package vn.bulletin.model;

/**
 * A file attached to a document, published beside its page. Its text is not held here: a document
 * of many annexes would fill the memory of a build of thousands; it is kept outside under {@code
 * textKey} and read when the document is indexed.
 *
 * @param title what the link says, e.g. "Toàn văn Thông báo"
 * @param name the file's name in the bundle, e.g. {@code 417-tb-tu.pdf}
 * @param type the kind readers know it by: PDF, DOC, DOCX, XLSX…
 * @param bytes its size
 * @param textKey the key its extracted text is kept under (the SHA-256 of its bytes); empty when
 *     the file's type has no text to search
 */
public record Attachment(String title, String name, String type, long bytes, String textKey) {}
