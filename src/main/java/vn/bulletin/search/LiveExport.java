package vn.bulletin.search;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * Reads the export state back from the live release: the manifest the index's last commit names,
 * and every unigram and bigram chunk (with the postings files they refer to), each checked against
 * the hash its name carries. Anything missing, altered or foreign gives nothing: a full export.
 */
final class LiveExport {
  private LiveExport() {}

  static Optional<ExportState> read(
      Optional<Path> site,
      Map<String, SavedIndex.Doc> saved,
      Iterable<Map.Entry<String, String>> commitData,
      String key) {
    if (site.isEmpty() || saved.isEmpty()) {
      return Optional.empty();
    }
    String expected = null;
    for (Map.Entry<String, String> e : commitData) {
      if (e.getKey().equals(key)) {
        expected = e.getValue();
      }
    }
    Path root = site.get().resolve(ExportFiles.ROOT);
    try {
      byte[] manifest = Files.readAllBytes(root.resolve("manifest.json"));
      if (expected == null
          || !expected.equals(HexFormat.of().formatHex(ExportFiles.sha256(manifest)))) {
        return Optional.empty();
      }
      Manifest.Names names = Manifest.names(manifest);
      Set<String> files = new HashSet<>();
      TreeMap<String, byte[]> unigrams = space(root, "u", names.unigrams(), files);
      TreeMap<String, byte[]> bigrams = space(root, "b", names.bigrams(), files);
      Map<String, byte[]> ownFiles = new HashMap<>();
      for (TreeMap<String, byte[]> records : List.of(unigrams, bigrams)) {
        for (byte[] record : records.values()) {
          String file = RecordCodec.header(record).file();
          if (file != null && !ownFiles.containsKey(file)) {
            ownFiles.put(file, chunk(root, "t", file));
            files.add(ExportFiles.ROOT + "t/" + file + ".bin");
          }
        }
      }
      names.meta().forEach(name -> files.add(ExportFiles.ROOT + "m/" + name + ".bin"));
      return Optional.of(
          new ExportState(
              SavedIndex.table(saved),
              unigrams,
              bigrams,
              ownFiles,
              names.meta().toArray(new String[0]),
              files,
              manifest));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static TreeMap<String, byte[]> space(
      Path root, String dir, List<String> names, Set<String> files) throws IOException {
    TreeMap<String, byte[]> records = new TreeMap<>();
    for (String name : names) {
      RecordCodec.split(chunk(root, dir, name), records);
      files.add(ExportFiles.ROOT + dir + "/" + name + ".bin");
    }
    return records;
  }

  private static byte[] chunk(Path root, String dir, String name) throws IOException {
    byte[] raw;
    try (GZIPInputStream in =
        new GZIPInputStream(
            new ByteArrayInputStream(
                Files.readAllBytes(root.resolve(dir).resolve(name + ".bin"))))) {
      raw = in.readAllBytes();
    }
    String actual =
        HexFormat.of().formatHex(ExportFiles.sha256(raw)).substring(0, ExportFiles.NAME_LENGTH);
    if (!actual.equals(name)) {
      throw new IOException(
          "search chunk " + dir + "/" + name + " does not hold what its name says");
    }
    return raw;
  }
}
