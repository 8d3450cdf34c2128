package vn.bulletin.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** The content of one file of a release: bytes made by the build, or a file copied as it is. */
public sealed interface Output {
  /** Whether an existing file already holds exactly this content. */
  boolean sameAs(Path existing) throws IOException;

  /** Writes the content to a new file. */
  void writeTo(Path target) throws IOException;

  record Bytes(byte[] bytes) implements Output {
    @Override
    public boolean sameAs(Path existing) throws IOException {
      return Files.size(existing) == bytes.length
          && Arrays.equals(Files.readAllBytes(existing), bytes);
    }

    @Override
    public void writeTo(Path target) throws IOException {
      DurableFiles.write(target, bytes);
    }
  }

  record Copy(Path source) implements Output {
    @Override
    public boolean sameAs(Path existing) throws IOException {
      return Files.mismatch(existing, source) == -1;
    }

    @Override
    public void writeTo(Path target) throws IOException {
      DurableFiles.write(target, Files.readAllBytes(source));
    }
  }
}
