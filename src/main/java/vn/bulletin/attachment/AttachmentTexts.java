package vn.bulletin.attachment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Optional;
import vn.bulletin.fingerprint.FileHash;
import vn.bulletin.model.Attachment;
import vn.bulletin.model.Document;

/**
 * The texts inside attached files, kept out of memory: each is extracted once per file content and
 * kept under {@code .bulletin/cache/attachments/} by the SHA-256 of the file's bytes, which the
 * document's {@link Attachment#textKey} names. The parse stage has each file's text made (and
 * learns whether it could be read); the index stage reads one text at a time when it analyses a
 * document.
 */
public final class AttachmentTexts {
  /** Where a project keeps the texts, relative to its folder. */
  public static final String FOLDER = ".bulletin/cache/attachments";

  /** Past this, the rest of a file's text is not indexed: no one searches page 900 of an annex. */
  static final int MAX_TEXT_CHARS = 1_000_000;

  private final Path projectDir;
  private final TextStore store;

  /**
   * @param projectDir the project, which documents' source paths are relative to
   * @param cacheDir where extracted texts are kept between builds
   */
  public AttachmentTexts(Path projectDir, Path cacheDir) {
    this.projectDir = projectDir;
    this.store = new TextStore(cacheDir);
  }

  /**
   * The text of a document's attached file, empty when it has none or it cannot be read. A text
   * missing from the cache (removed, or never written because the cache cannot be) is extracted
   * again from the file, if the file still has the content the key names.
   */
  public String text(Document document, Attachment file) {
    if (file.textKey().isEmpty()) {
      return "";
    }
    Optional<TextExtractor.Extracted> known = store.find(file.textKey());
    if (known.isPresent()) {
      return known.get().text();
    }
    Path path = projectDir.resolve(document.sourcePath()).resolveSibling(file.name());
    Optional<FileType> type = FileType.of(file.name());
    if (type.isEmpty()
        || !Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)
        || !hash(path).equals(file.textKey())) {
      return "";
    }
    return extract(path, type.get(), file.textKey()).text();
  }

  /** The texts of the project in {@code projectDir}, kept in its {@link #FOLDER}. */
  public static AttachmentTexts of(Path projectDir) {
    return new AttachmentTexts(projectDir, projectDir.resolve(FOLDER));
  }

  /** The file's text, from the cache or extracted now, and the key it is kept under. */
  Keyed extracted(Path path, FileType type) {
    String key = hash(path);
    return new Keyed(key, store.find(key).orElseGet(() -> extract(path, type, key)));
  }

  record Keyed(String key, TextExtractor.Extracted extracted) {}

  private TextExtractor.Extracted extract(Path path, FileType type, String key) {
    TextExtractor.Extracted fresh = TextExtractor.extract(path, type);
    TextExtractor.Extracted clean =
        new TextExtractor.Extracted(clean(fresh.text()), fresh.problem());
    store.put(key, clean);
    return clean;
  }

  // Text from PDFs holds control characters and decomposed letters; pages and the index want
  // neither.
  static String clean(String text) {
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
    String plain =
        nfc.replaceAll("[\\p{Cc}&&[^\\n\\t]]|\\p{Cs}|\\uFFFD", " ")
            .replaceAll("[ \\t]+", " ")
            .replaceAll("\\s*\\n\\s*", "\n")
            .strip();
    return plain.length() > MAX_TEXT_CHARS ? plain.substring(0, MAX_TEXT_CHARS) : plain;
  }

  private static String hash(Path path) {
    try {
      return FileHash.sha256(path);
    } catch (IOException e) {
      return "unreadable-" + path.getFileName();
    }
  }
}
