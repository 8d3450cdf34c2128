package vn.bulletin.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import vn.bulletin.content.DocumentFields;
import vn.bulletin.diagnostic.Diagnostic;
import vn.bulletin.model.Attachment;
import vn.bulletin.model.VietnameseFormat;

/**
 * Looks at each file a document attaches: it must be beside the document, of a known type and within
 * the size limit (else an error at its line in {@code files:}); its text is extracted for search, and
 * a file whose text cannot be read (encrypted, damaged) is published without it, with a warning.
 */
public final class AttachmentReader {
  /** Past this, the rest of a file's text is not indexed: no one searches page 900 of an annex. */
  static final int MAX_TEXT_CHARS = 1_000_000;

  private final Path contentDir;
  private final TextStore store;
  private final long maxBytes;

  /**
   * @param contentDir the project's {@code content/}
   * @param cacheDir where extracted texts are kept between builds
   * @param maxBytes the largest file a document may attach ({@code documents: max-file-mb})
   */
  public AttachmentReader(Path contentDir, Path cacheDir, long maxBytes) {
    this.contentDir = contentDir;
    this.store = new TextStore(cacheDir);
    this.maxBytes = maxBytes;
  }

  /**
   * The attachment, or nothing when it is missing, too large or of an unknown type.
   *
   * @param sourcePath the document, relative to the project
   * @param dir the document's folder, relative to {@code content/}
   */
  public Optional<Attachment> read(String sourcePath, String dir, DocumentFields.FileField file,
      List<Diagnostic> problems) {
    Path path = contentDir.resolve(dir + file.name());
    Optional<FileType> type = FileType.of(file.name());
    if (type.isEmpty()) {
      problems.add(at(Diagnostic.error(sourcePath, "file \"" + file.name() + "\" is not of a type documents attach"), file)
          .withHint("attach one of: " + FileType.ALLOWED));
      return Optional.empty();
    }
    if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
      problems.add(at(Diagnostic.error(sourcePath, "file \"" + file.name() + "\" not found beside the document"), file)
          .withHint("put it in content/" + dir + " or correct its name"));
      return Optional.empty();
    }
    long bytes = size(path);
    if (bytes > maxBytes) {
      problems.add(at(Diagnostic.error(sourcePath, "file \"" + file.name() + "\" is " + VietnameseFormat.fileSize(bytes)
          + " (" + VietnameseFormat.number(bytes) + " bytes), over the limit of " + megabytes(maxBytes)), file)
          .withHint("compress or split it, or raise documents: max-file-mb in bulletin.yaml"));
      return Optional.empty();
    }
    TextExtractor.Extracted extracted = type.get().hasText ? text(path, type.get()) : TextExtractor.Extracted.read("");
    if (!extracted.problem().isEmpty()) {
      problems.add(at(Diagnostic.warning(sourcePath, "the text of \"" + file.name() + "\" cannot be read: "
          + extracted.problem()), file).withHint("it is published, but search does not find its words; "
          + (extracted.problem().startsWith(TextExtractor.ENCRYPTED) ? "attach a copy without a password"
              : "save it again from the program that made it")));
    }
    return Optional.of(new Attachment(file.title(), file.name(), type.get().label, bytes, extracted.text()));
  }

  private TextExtractor.Extracted text(Path path, FileType type) {
    String hash = hash(path);
    Optional<TextExtractor.Extracted> known = store.find(hash);
    if (known.isPresent()) {
      return known.get();
    }
    TextExtractor.Extracted fresh = TextExtractor.extract(path, type);
    TextExtractor.Extracted clean = new TextExtractor.Extracted(clean(fresh.text()), fresh.problem());
    store.put(hash, clean);
    return clean;
  }

  // Text from PDFs holds control characters and decomposed letters; pages and the index want neither.
  static String clean(String text) {
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
    String plain = nfc.replaceAll("[\\p{Cc}&&[^\\n\\t]]|\\p{Cs}|\\uFFFD", " ").replaceAll("[ \\t]+", " ")
        .replaceAll("\\s*\\n\\s*", "\n").strip();
    return plain.length() > MAX_TEXT_CHARS ? plain.substring(0, MAX_TEXT_CHARS) : plain;
  }

  private static Diagnostic at(Diagnostic d, DocumentFields.FileField file) {
    return d.at(file.lineNumber(), file.columnNumber(), Math.max(1, file.name().length()), file.lineText());
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

  private static String hash(Path path) {
    try (InputStream in = Files.newInputStream(path)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[64 * 1024];
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      return "unreadable-" + path.getFileName();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
