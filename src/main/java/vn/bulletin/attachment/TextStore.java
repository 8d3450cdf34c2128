package vn.bulletin.attachment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The text extracted from each file, kept by the SHA-256 of the file's bytes, one small file each
 * under {@code .bulletin/cache/attachments/}: a PDF is read once, whatever its name or document.
 * The first line says whether it could be read ({@code ok}) or why not.
 */
final class TextStore {
  private final Path dir;

  TextStore(Path dir) {
    this.dir = dir;
  }

  Optional<TextExtractor.Extracted> find(String hash) {
    Path file = dir.resolve(hash + ".txt");
    try {
      String stored = Files.readString(file, StandardCharsets.UTF_8);
      int newline = stored.indexOf('\n');
      if (newline < 0) {
        return Optional.empty();
      }
      String status = stored.substring(0, newline);
      String rest = stored.substring(newline + 1);
      return Optional.of(
          status.equals("ok")
              ? TextExtractor.Extracted.read(rest)
              : TextExtractor.Extracted.unreadable(status.substring(status.indexOf(' ') + 1)));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  // Written beside and renamed into place: builds in parallel (a preview and a check) never read
  // half a file.
  void put(String hash, TextExtractor.Extracted extracted) {
    try {
      Files.createDirectories(dir);
      Path partial = Files.createTempFile(dir, hash, ".part");
      String status =
          extracted.problem().isEmpty()
              ? "ok"
              : "unreadable " + extracted.problem().replace('\n', ' ');
      Files.writeString(partial, status + "\n" + extracted.text(), StandardCharsets.UTF_8);
      Files.move(
          partial,
          dir.resolve(hash + ".txt"),
          StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      // Only the next build's speed depends on it.
    }
  }
}
