package vn.bulletin.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the shaded jar as shipped, in a child JVM. */
final class JarRunner {
  /** What the child printed and returned. */
  record Result(int exitCode, String out, String err) {}

  static Path jar() {
    Path jar = Path.of(System.getProperty("bulletin.jar", "target/bulletin.jar"));
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("run through Maven's verify phase: " + jar + " is not built");
    }
    return jar;
  }

  /** A child with a UTF-8 locale, as an editor's terminal has. */
  static ProcessBuilder command(Path workDir, String... args) {
    return commandWithLocale(workDir, "C.UTF-8", args);
  }

  /** A child with the given locale; output must be UTF-8 whatever it is. */
  static ProcessBuilder commandWithLocale(Path workDir, String locale, String... args) {
    List<String> command =
        new ArrayList<>(List.of(javaExecutable(), "-jar", jar().toAbsolutePath().toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
    Map<String, String> env = builder.environment();
    env.put("LC_ALL", locale);
    env.put("LANG", locale);
    return builder;
  }

  static Result run(Path workDir, String... args) throws IOException, InterruptedException {
    return run(command(workDir, args));
  }

  static Result runWithLocale(Path workDir, String locale, String... args)
      throws IOException, InterruptedException {
    return run(commandWithLocale(workDir, locale, args));
  }

  private static Result run(ProcessBuilder builder) throws IOException, InterruptedException {
    Path out = Files.createTempFile("bulletin-out", ".txt");
    Path err = Files.createTempFile("bulletin-err", ".txt");
    try {
      Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("bulletin did not finish within 120 s");
      }
      return new Result(
          process.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  private static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
