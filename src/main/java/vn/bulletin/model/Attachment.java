package vn.bulletin.model;

/**
 * A file attached to a document, published beside its page.
 *
 * @param title what the link says, e.g. "Toàn văn Thông báo"
 * @param name the file's name in the bundle, e.g. {@code 417-tb-tu.pdf}
 * @param type the kind readers know it by: PDF, DOC, DOCX, XLSX…
 * @param bytes its size
 * @param text its text, extracted for search; empty when it has none or cannot be read
 */
public record Attachment(String title, String name, String type, long bytes, String text) {}
