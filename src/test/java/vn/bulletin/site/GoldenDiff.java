package vn.bulletin.site;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import vn.bulletin.testing.FileTrees;

/**
 * Every difference between a golden site and a built one, as a reader wants it: the files missing
 * and the files extra, then a unified diff of each text file that differs (tabs and carriage
 * returns made visible), and the sizes of each binary one.
 */
final class GoldenDiff {
  private static final int CONTEXT = 2;

  private GoldenDiff() {}

  /** Empty when both trees hold the same files with the same bytes. */
  static String between(Path expected, Path actual) throws IOException {
    List<String> wanted = FileTrees.list(expected);
    List<String> made = FileTrees.list(actual);
    StringBuilder out = new StringBuilder();
    TreeSet<String> missing = new TreeSet<>(wanted);
    missing.removeAll(made);
    TreeSet<String> extra = new TreeSet<>(made);
    extra.removeAll(wanted);
    missing.forEach(f -> out.append("missing: ").append(f).append('\n'));
    extra.forEach(f -> out.append("extra:   ").append(f).append('\n'));
    TreeSet<String> both = new TreeSet<>(wanted);
    both.retainAll(made);
    for (String file : both) {
      byte[] a = Files.readAllBytes(expected.resolve(file));
      byte[] b = Files.readAllBytes(actual.resolve(file));
      if (!Arrays.equals(a, b)) {
        out.append(diff(file, a, b));
      }
    }
    return out.toString();
  }

  private static String diff(String file, byte[] expected, byte[] actual) {
    List<String> a = lines(expected);
    List<String> b = lines(actual);
    if (a == null || b == null) {
      return "binary "
          + file
          + " differs: "
          + expected.length
          + " bytes expected, "
          + actual.length
          + " made\n";
    }
    List<String> unified =
        UnifiedDiffUtils.generateUnifiedDiff(
            "golden/" + file, "built/" + file, a, DiffUtils.diff(a, b), CONTEXT);
    return unified.isEmpty()
        ? file + ": only the line ends differ\n"
        : String.join("\n", unified) + "\n";
  }

  // The text's lines with tabs and carriage returns shown, or null for bytes that are not UTF-8
  // text.
  private static List<String> lines(byte[] bytes) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      out.add(line.replace("\t", "→").replace("\r", "␍"));
    }
    return out;
  }
}
