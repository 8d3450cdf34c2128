package vn.bulletin.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The old addresses the items under {@code content/} already carry, so a run without its ledger (a
 * fresh clone) still does not import a page twice.
 */
final class ExistingAliases {
  private static final Pattern ENTRY = Pattern.compile("^\\s*-\\s*[\"']?([^\"']+)[\"']?\\s*$");

  private final Path sourceDir;
  private Map<String, String> byAlias;

  ExistingAliases(Path sourceDir) {
    this.sourceDir = sourceDir;
  }

  Optional<String> find(String alias) throws IOException {
    if (byAlias == null) {
      byAlias = scan();
    }
    return Optional.ofNullable(byAlias.get(alias));
  }

  private Map<String, String> scan() throws IOException {
    Map<String, String> found = new HashMap<>();
    Path content = sourceDir.resolve("content");
    if (!Files.isDirectory(content)) {
      return found;
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(content)) {
      files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    for (Path file : files) {
      String relative = sourceDir.relativize(file).toString().replace('\\', '/');
      aliases(Files.readString(file, StandardCharsets.UTF_8))
          .forEach(a -> found.putIfAbsent(a, relative));
    }
    return found;
  }

  // Only the block list form, the one this command writes.
  static List<String> aliases(String text) {
    List<String> lines = text.lines().toList();
    List<String> found = new java.util.ArrayList<>();
    boolean inAliases = false;
    for (int i = 1; i < lines.size() && !lines.get(i).equals("---"); i++) {
      String line = lines.get(i);
      if (line.startsWith("aliases:")) {
        inAliases = true;
      } else if (inAliases) {
        Matcher m = ENTRY.matcher(line);
        if (!m.matches()) {
          inAliases = false;
        } else {
          found.add(m.group(1).strip());
        }
      }
    }
    return found;
  }
}
