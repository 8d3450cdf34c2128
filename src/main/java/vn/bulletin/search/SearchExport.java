package vn.bulletin.search;

import java.util.List;
import java.util.function.Supplier;

/**
 * The files of {@code site/search/} after one build, how many items were analysed and how many term
 * records read from the index to get them. A file marked unchanged is the live release's own (same
 * path, same bytes): keep it rather than write it, and only if the live release no longer has it
 * ask for its bytes.
 */
public record SearchExport(List<File> files, int analysed, int recordsRead, boolean full) {
  /** The folder of the site every search file is in, and nothing else. */
  public static final String FOLDER = "search/";

  public SearchExport {
    files = List.copyOf(files);
  }

  /** One file, by site-relative path. */
  public record File(String path, boolean unchanged, Supplier<byte[]> content) {
    /** Its bytes, compressed on demand. */
    public byte[] bytes() {
      return content.get();
    }
  }

  public long unchangedCount() {
    return files.stream().filter(File::unchanged).count();
  }
}
