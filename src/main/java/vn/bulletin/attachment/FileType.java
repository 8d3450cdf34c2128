package vn.bulletin.attachment;

import java.util.Locale;
import java.util.Optional;

/** The kinds of file a document may attach, known by the name's extension. */
enum FileType {
  PDF("PDF", true),
  DOCX("DOCX", true),
  XLSX("XLSX", true),
  DOC("DOC", false),
  XLS("XLS", false),
  ODT("ODT", false),
  ODS("ODS", false),
  ZIP("ZIP", false);

  static final String ALLOWED = "pdf, docx, xlsx, doc, xls, odt, ods, zip";

  final String label;

  /** Whether its text is extracted for search. */
  final boolean hasText;

  FileType(String label, boolean hasText) {
    this.label = label;
    this.hasText = hasText;
  }

  static Optional<FileType> of(String name) {
    int dot = name.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    String extension = name.substring(dot + 1).toUpperCase(Locale.ROOT);
    for (FileType type : values()) {
      if (type.name().equals(extension)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
