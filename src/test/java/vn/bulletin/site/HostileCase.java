package vn.bulletin.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One case of the hostile corpus. {@code expected.txt} reads {@code args: check --strict}
 * (optional, default {@code build}), {@code exit: N}, a line {@code ---}, then the exact error
 * output. {@code make.txt} lines {@code PATH COUNT TEXT} append TEXT ({@code \n} for newlines)
 * COUNT times to a file, for inputs too large to keep; {@code links.txt} lines {@code LINK ->
 * TARGET} make symbolic links; {@code expected-html.txt} holds blocks {@code == PATH} followed by a
 * fragment the file must contain, or lines {@code !! PATH} for files that must not be published.
 */
final class HostileCase {
  /** A fragment a published file must hold, or a file that must not exist. */
  record Expectation(String path, String fragment, boolean absent) {}

  private final Path folder;
  private final List<String> args;
  private final int exitCode;
  private final String stderr;
  private final List<Expectation> pages;

  private HostileCase(
      Path folder, List<String> args, int exitCode, String stderr, List<Expectation> pages) {
    this.folder = folder;
    this.args = args;
    this.exitCode = exitCode;
    this.stderr = stderr;
    this.pages = pages;
  }

  static HostileCase load(Path folder) throws IOException {
    Path expectedFile = folder.resolve("expected.txt");
    String expected =
        Files.exists(expectedFile)
            ? Files.readString(expectedFile, StandardCharsets.UTF_8)
            : "exit: -1\n---\n";
    int split = expected.indexOf("---\n");
    List<String> args = new ArrayList<>(List.of("build"));
    int exit = -1;
    for (String line : expected.substring(0, split).lines().toList()) {
      if (line.startsWith("args: ")) {
        args = List.of(line.substring(6).split(" "));
      } else if (line.startsWith("exit: ")) {
        exit = Integer.parseInt(line.substring(6).strip());
      }
    }
    return new HostileCase(
        folder,
        args,
        exit,
        expected.substring(split + 4),
        pages(folder.resolve("expected-html.txt")));
  }

  private static List<Expectation> pages(Path file) throws IOException {
    List<Expectation> found = new ArrayList<>();
    if (!Files.exists(file)) {
      return found;
    }
    String path = null;
    StringBuilder fragment = new StringBuilder();
    for (String line : Files.readString(file, StandardCharsets.UTF_8).lines().toList()) {
      if (line.startsWith("== ") || line.startsWith("!! ")) {
        if (path != null) {
          found.add(new Expectation(path, fragment.toString().strip(), false));
        }
        path = line.startsWith("== ") ? line.substring(3) : null;
        fragment.setLength(0);
        if (line.startsWith("!! ")) {
          found.add(new Expectation(line.substring(3), "", true));
        }
      } else {
        fragment.append(line).append('\n');
      }
    }
    if (path != null) {
      found.add(new Expectation(path, fragment.toString().strip(), false));
    }
    return found;
  }

  int exitCode() {
    return exitCode;
  }

  String stderr() {
    return stderr;
  }

  List<Expectation> pages() {
    return pages;
  }

  /** The command line: the case's arguments, then the source folder and the frozen clock. */
  String[] arguments(Path dir) {
    List<String> all = new ArrayList<>();
    for (String a : args) {
      all.add(a.replace("<dir>", dir.toString()));
    }
    all.addAll(List.of("--source", dir.toString(), "--clock", TestSite.NOW.toString()));
    return all.toArray(String[]::new);
  }

  /**
   * Lays out the case in {@code dir}: the test config and project templates, then the case's files
   * over them.
   */
  TestSite prepare(Path dir) throws IOException {
    TestSite site = TestSite.in(dir);
    Path input = folder.resolve("site");
    if (Files.isDirectory(input)) {
      try (Stream<Path> walk = Files.walk(input)) {
        for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
          Path target = dir.resolve(input.relativize(p).toString());
          Files.createDirectories(target.getParent());
          Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    for (String line : lines("make.txt")) {
      String[] parts = line.split(" ", 3);
      String text = parts[2].replace("\\n", "\n").repeat(Integer.parseInt(parts[1]));
      Path target = dir.resolve(parts[0]);
      Files.createDirectories(target.getParent());
      Files.writeString(
          target,
          text,
          StandardCharsets.UTF_8,
          java.nio.file.StandardOpenOption.CREATE,
          java.nio.file.StandardOpenOption.APPEND);
    }
    for (String line : lines("links.txt")) {
      String[] parts = line.split(" -> ", 2);
      Path link = dir.resolve(parts[0]);
      Files.createDirectories(link.getParent());
      Files.createSymbolicLink(link, Path.of(parts[1].replace("<dir>", dir.toString())));
    }
    return site;
  }

  private List<String> lines(String name) throws IOException {
    Path file = folder.resolve(name);
    return Files.exists(file)
        ? Files.readAllLines(file, StandardCharsets.UTF_8).stream()
            .filter(l -> !l.isBlank())
            .toList()
        : List.of();
  }

  /** Rewrites {@code expected.txt} with what the run gave, keeping its arguments. */
  void writeExpected(int exit, String err) throws IOException {
    String header =
        (args.equals(List.of("build")) ? "" : "args: " + String.join(" ", args) + "\n")
            + "exit: "
            + exit
            + "\n---\n";
    Files.writeString(folder.resolve("expected.txt"), header + err, StandardCharsets.UTF_8);
  }
}
