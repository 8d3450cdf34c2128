package vn.bulletin.search;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.bulletin.json.Json;

/**
 * {@code search/manifest.json}, the one file a query always fetches: the collection's counts and
 * each field's statistics for BM25 (items holding it, sum of its lengths), where the chunks of each
 * space begin and their names, the metadata, order and norms files, the categories.
 */
final class Manifest {
  private static final Pattern FILES = Pattern.compile("\"files\":\"([0-9a-f]*)\"");
  private static final Pattern META = Pattern.compile("\"meta\":\"([0-9a-f]*)\"");

  /** A category as the manifest lists it, with the name of its slot file. */
  record CategoryFile(String slug, String name, String file) {}

  /** The chunk names a manifest lists: unigram and bigram chunks, metadata groups. */
  record Names(List<String> unigrams, List<String> bigrams, List<String> meta) {}

  private Manifest() {}

  static byte[] write(
      DocTable table,
      SpaceWriter.Directory unigrams,
      SpaceWriter.Directory bigrams,
      List<String> meta,
      String order,
      String norms,
      List<CategoryFile> categories) {
    StringBuilder json = new StringBuilder(4096);
    json.append("{\"format\":")
        .append(StaticExport.FORMAT)
        .append(",\n\"docs\":")
        .append(table.docs)
        .append(",\n\"slots\":")
        .append(table.slots)
        .append(",\n\"soft\":")
        .append(PostingsBuilder.SOFT_SHARE)
        .append(",\n\"group\":")
        .append(StaticExport.GROUP)
        .append(",\n\"nameLength\":")
        .append(ExportFiles.NAME_LENGTH)
        .append(",\n\"fields\":{\"title\":")
        .append(table.titleDocs)
        .append(",\"body\":")
        .append(table.bodyDocs)
        .append(",\"bigram\":")
        .append(table.bigramDocs)
        .append(",\"titleTokens\":")
        .append(table.titleSum)
        .append(",\"bodyTokens\":")
        .append(table.bodySum)
        .append(",\"bigramTokens\":")
        .append(table.bigramSum)
        .append(",\"titleWeight\":")
        .append(IndexFields.TITLE_WEIGHT)
        .append("}")
        .append(",\n\"unigram\":")
        .append(space(unigrams))
        .append(",\n\"bigram\":")
        .append(space(bigrams))
        .append(",\n\"meta\":")
        .append(Json.quote(String.join("", meta)))
        .append(",\n\"order\":")
        .append(Json.quote(order))
        .append(",\n\"norms\":")
        .append(Json.quote(norms))
        .append(",\n\"categories\":[");
    for (int i = 0; i < categories.size(); i++) {
      CategoryFile c = categories.get(i);
      json.append(i == 0 ? "" : ",").append(Json.strings(List.of(c.slug(), c.name(), c.file())));
    }
    return json.append("]}\n").toString().getBytes(StandardCharsets.UTF_8);
  }

  // Names are concatenated: fixed-length hashes need no separators, which keeps the manifest small.
  private static String space(SpaceWriter.Directory dir) {
    return "{\"keys\":"
        + Json.strings(dir.keys())
        + ",\"files\":"
        + Json.quote(String.join("", dir.names()))
        + "}";
  }

  /** The chunk names of a manifest this class wrote. */
  static Names names(byte[] manifest) {
    String json = new String(manifest, StandardCharsets.UTF_8);
    Matcher files = FILES.matcher(json);
    Matcher meta = META.matcher(json);
    if (!files.find()) {
      throw new IllegalArgumentException("no unigram files in the search manifest");
    }
    String unigrams = files.group(1);
    if (!files.find() || !meta.find()) {
      throw new IllegalArgumentException("no bigram or metadata files in the search manifest");
    }
    return new Names(split(unigrams), split(files.group(1)), split(meta.group(1)));
  }

  private static List<String> split(String names) {
    int n = ExportFiles.NAME_LENGTH;
    if (names.length() % n != 0) {
      throw new IllegalArgumentException("search manifest names of uneven length");
    }
    return java.util.stream.IntStream.range(0, names.length() / n)
        .mapToObj(i -> names.substring(i * n, i * n + n))
        .toList();
  }
}
