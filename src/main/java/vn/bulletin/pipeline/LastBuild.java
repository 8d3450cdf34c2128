package vn.bulletin.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vn.bulletin.content.ContentListing;
import vn.bulletin.content.SourceStamp;
import vn.bulletin.fingerprint.FileHash;
import vn.bulletin.fingerprint.Fingerprint;
import vn.bulletin.render.TemplateSource;

/**
 * What the last build that published without a single message read and made: a digest of every
 * input's stamp (each file under {@code content/} and {@code templates/}, {@code bulletin.yaml} and
 * bulletin itself, the options), the release it published and when its clock would publish the next
 * item. A build whose inputs have the same digest, whose site still is that release and whose clock
 * has not reached the next item would make the same site: it has nothing to do. An input modified
 * within the clock's granularity of the look could change again and keep its stamp (a "racy" file):
 * its content's hash is kept too, taken when the build looked and again once it published (a file
 * that moved in between leaves no record), and must match. Kept in {@code
 * .bulletin/cache/last-build}; a missing or unreadable record only means a build does the whole
 * work.
 */
final class LastBuild {
  static final String FILE = ".bulletin/cache/last-build";
  private static final String FORMAT = "bulletin-last-build 2";
  // The format, the digest, the release, the clock, the next item (path, date), three counts; then
  // the racy files.
  private static final int FIXED_LINES = 9;

  /**
   * The inputs as stamped now: their digest, and the content hash of each modified so recently that
   * its stamp alone cannot be trusted, by its place on disk.
   */
  record Inputs(String digest, Map<Path, String> racy) {
    /**
     * Whether each racy file still holds what it held when stamped; false when one cannot be read.
     */
    boolean racyUnchanged() {
      return racy.entrySet().stream()
          .allMatch(e -> contentHash(e.getKey()).equals(Optional.of(e.getValue())));
    }
  }

  /** What a build published from inputs with this digest. */
  record Record(
      Inputs inputs,
      String release,
      Instant clock,
      Optional<BuildResult.Scheduled> next,
      int published,
      int files,
      int pages) {}

  private LastBuild() {}

  /**
   * The stamps of every input: the files of {@code content} (as listed for this build), of the
   * templates, the salt and the options; empty when one of them cannot be trusted by its stamp (a
   * link).
   */
  static Optional<Inputs> stamp(
      BuildOptions options, String salt, ContentListing content, long nowNanos) {
    if (content.hasLinks()) {
      return Optional.empty();
    }
    Fingerprint digest =
        new Fingerprint()
            .add(salt)
            .add(options.drafts())
            .add(options.future())
            .add(options.out().toAbsolutePath().normalize().toString());
    List<Path> racy = new ArrayList<>();
    content.forEachStamp(
        (path, file, stamp) -> {
          if (stamp.isRacy(nowNanos)) {
            racy.add(file);
          }
          digest.add(path).add(stamp.size()).add(stamp.modifiedNanos()).add(stamp.identity());
        });
    Optional<Path> templates = TemplateSource.of(options.project()).dir();
    if (templates.isPresent() && !stampTemplates(templates.get(), digest, racy, nowNanos)) {
      return Optional.empty();
    }
    Map<Path, String> hashes = new TreeMap<>();
    for (Path file : racy) {
      Optional<String> hash = contentHash(file);
      if (hash.isEmpty()) {
        return Optional.empty();
      }
      hashes.put(file, hash.get());
    }
    return Optional.of(new Inputs(digest.hex(), Map.copyOf(hashes)));
  }

  // SHA-256 of what the file holds now; empty when it cannot be read.
  private static Optional<String> contentHash(Path file) {
    try {
      return Optional.of(FileHash.sha256(file));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  // False when a template is a link or the folder cannot be walked.
  private static boolean stampTemplates(
      Path root, Fingerprint digest, List<Path> racy, long nowNanos) {
    boolean[] linked = {false};
    digest.add(root.toString());
    if (!Files.isDirectory(root)) {
      return true;
    }
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
              linked[0] |= attributes.isSymbolicLink();
              SourceStamp stamp = SourceStamp.of(attributes);
              if (stamp.isRacy(nowNanos)) {
                racy.add(file);
              }
              digest
                  .add(root.relativize(file).toString())
                  .add(stamp.size())
                  .add(stamp.modifiedNanos())
                  .add(stamp.identity());
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException | RuntimeException e) {
      return false;
    }
    return !linked[0];
  }

  /**
   * Whether a build from {@code inputs} at {@code clock} into {@code out} would make the site of
   * {@code last}.
   */
  static boolean unchanged(Record last, Inputs inputs, Instant clock, Path out) {
    return last.inputs().digest().equals(inputs.digest())
        && last.inputs().racyUnchanged()
        && !clock.isBefore(last.clock())
        && last.next().map(s -> clock.isBefore(s.date().toInstant())).orElse(true)
        && last.release().equals(liveRelease(out));
  }

  static String liveRelease(Path out) {
    try {
      return out.toRealPath().toString();
    } catch (IOException e) {
      return "";
    }
  }

  static Optional<Record> read(Path project) {
    try {
      List<String> lines = Files.readAllLines(project.resolve(FILE), StandardCharsets.UTF_8);
      if (lines.size() < FIXED_LINES || !lines.get(0).equals(FORMAT)) {
        return Optional.empty();
      }
      Map<Path, String> racy = new TreeMap<>();
      for (String line : lines.subList(FIXED_LINES, lines.size())) {
        int tab = line.indexOf('\t');
        racy.put(Path.of(line.substring(tab + 1)), line.substring(0, tab));
      }
      Optional<BuildResult.Scheduled> next =
          lines.get(4).isEmpty()
              ? Optional.empty()
              : Optional.of(
                  new BuildResult.Scheduled(lines.get(4), ZonedDateTime.parse(lines.get(5))));
      return Optional.of(
          new Record(
              new Inputs(lines.get(1), Map.copyOf(racy)),
              lines.get(2),
              Instant.parse(lines.get(3)),
              next,
              Integer.parseInt(lines.get(6)),
              Integer.parseInt(lines.get(7)),
              Integer.parseInt(lines.get(8))));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  static void write(Path project, Record record) throws IOException {
    StringBuilder racy = new StringBuilder();
    new TreeMap<>(record.inputs().racy())
        .forEach((file, hash) -> racy.append(hash).append('\t').append(file).append('\n'));
    String text =
        String.join(
                "\n",
                FORMAT,
                record.inputs().digest(),
                record.release(),
                record.clock().toString(),
                record.next().map(BuildResult.Scheduled::sourcePath).orElse(""),
                record.next().map(s -> s.date().toString()).orElse(""),
                Integer.toString(record.published()),
                Integer.toString(record.files()),
                Integer.toString(record.pages()))
            + "\n"
            + racy;
    Path file = project.resolve(FILE);
    Files.createDirectories(file.getParent());
    Path partial = file.resolveSibling(file.getFileName() + ".partial");
    Files.writeString(partial, text, StandardCharsets.UTF_8);
    Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  static void forget(Path project) {
    try {
      Files.deleteIfExists(project.resolve(FILE));
    } catch (IOException e) {
      // A record that stays is checked against the live release, which this build changes.
    }
  }
}
