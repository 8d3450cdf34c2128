package vn.bulletin.attachment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import vn.bulletin.content.DocumentFields;
import vn.bulletin.diagnostic.Diagnostic;
import vn.bulletin.model.Attachment;
import vn.bulletin.model.VietnameseFormat;

/**
 * Looks at each file a document attaches: it must be beside the document, of a known type and
 * within the size limit (else an error at its line in {@code files:}); its text is extracted for
 * search, and a file whose text cannot be read (encrypted, damaged) is published without it, with a
 * warning. The text itself is kept by {@link AttachmentTexts}; the attachment names it by key.
 */
public final class AttachmentReader {
  private final Path contentDir;
  private final AttachmentTexts texts;
  private final long maxBytes;

  /**
   * @param contentDir the project's {@code content/}
   * @param texts where the files' texts are extracted and kept
   * @param maxBytes the largest file a document may attach ({@code documents: max-file-mb})
   */
  public AttachmentReader(Path contentDir, AttachmentTexts texts, long maxBytes) {
    this.contentDir = contentDir;
    this.texts = texts;
    this.maxBytes = maxBytes;
  }

  /**
   * The attachment, or nothing when it is missing, too large or of an unknown type.
   *
   * @param sourcePath the document, relative to the project
   * @param dir the document's folder, relative to {@code content/}
   */
  public Optional<Attachment> read(
      String sourcePath, String dir, DocumentFields.FileField file, List<Diagnostic> problems) {
    Path path = contentDir.resolve(dir + file.name());
    Optional<FileType> type = FileType.of(file.name());
    if (type.isEmpty()) {
      problems.add(
          at(
                  Diagnostic.error(
                      sourcePath, "file \"" + file.name() + "\" is not of a type documents attach"),
                  file)
              .withHint("attach one of: " + FileType.ALLOWED));
      return Optional.empty();
    }
    if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
      problems.add(
          at(
                  Diagnostic.error(
                      sourcePath, "file \"" + file.name() + "\" not found beside the document"),
                  file)
              .withHint("put it in content/" + dir + " or correct its name"));
      return Optional.empty();
    }
    long bytes = size(path);
    if (bytes > maxBytes) {
      problems.add(
          at(
                  Diagnostic.error(
                      sourcePath,
                      "file \""
                          + file.name()
                          + "\" is "
                          + VietnameseFormat.fileSize(bytes)
                          + " ("
                          + VietnameseFormat.number(bytes)
                          + " bytes), over the limit of "
                          + megabytes(maxBytes)),
                  file)
              .withHint("compress or split it, or raise documents: max-file-mb in bulletin.yaml"));
      return Optional.empty();
    }
    AttachmentTexts.Keyed text =
        type.get().hasText
            ? texts.extracted(path, type.get())
            : new AttachmentTexts.Keyed("", TextExtractor.Extracted.read(""));
    TextExtractor.Extracted extracted = text.extracted();
    if (!extracted.problem().isEmpty()) {
      problems.add(
          at(
                  Diagnostic.warning(
                      sourcePath,
                      "the text of \"" + file.name() + "\" cannot be read: " + extracted.problem()),
                  file)
              .withHint(
                  "it is published, but search does not find its words; "
                      + (extracted.problem().startsWith(TextExtractor.ENCRYPTED)
                          ? "attach a copy without a password"
                          : "save it again from the program that made it")));
    }
    return Optional.of(
        new Attachment(file.title(), file.name(), type.get().label, bytes, text.key()));
  }

  private static Diagnostic at(Diagnostic d, DocumentFields.FileField file) {
    return d.at(
        file.lineNumber(), file.columnNumber(), Math.max(1, file.name().length()), file.lineText());
  }

  private static String megabytes(long bytes) {
    return VietnameseFormat.number(bytes / (1024 * 1024)) + " MB";
  }

  private static long size(Path path) {
    try {
      return Files.size(path);
    } catch (IOException e) {
      return 0;
    }
  }
}
