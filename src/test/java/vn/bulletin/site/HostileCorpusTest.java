package vn.bulletin.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile-input catalogue (research note §B1–B11), one folder per case under {@code
 * src/test/resources/hostile/}: {@code site/} holds the input, {@code expected.txt} the exact exit
 * code and error output, {@code expected-html.txt} fragments that pages must hold or files that
 * must be absent. Every site that builds is then scanned for live script. With {@code
 * -Dhostile.update=true} the expected files are rewritten, for review.
 */
class HostileCorpusTest {
  static final Path CASES = Path.of("src/test/resources/hostile");

  @TempDir Path dir;

  static Stream<String> cases() throws IOException {
    try (Stream<Path> list = Files.list(CASES)) {
      return list
          .filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void caseGetsItsExactOutcome(String name) throws Exception {
    HostileCase hostile = HostileCase.load(CASES.resolve(name));
    TestSite site = hostile.prepare(dir);
    TestSite.Run run = site.cli(hostile.arguments(dir));
    String err = run.err().replace(dir.toString(), "<dir>");

    if (Boolean.getBoolean("hostile.update")) {
      hostile.writeExpected(run.exitCode(), err);
    }
    assertThat(run.exitCode() + "\n" + err)
        .as("exit code and error output of %s", name)
        .isEqualTo(hostile.exitCode() + "\n" + hostile.stderr());
    assertThat(err).doesNotContain("Exception").doesNotContain("\tat ");
    for (HostileCase.Expectation e : hostile.pages()) {
      Path file = site.out().resolve(e.path());
      if (e.absent()) {
        assertThat(file).as("%s must not be published", e.path()).doesNotExist();
      } else {
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
            .as(e.path())
            .contains(e.fragment());
      }
    }
    if (run.exitCode() == 0 && Files.exists(site.out())) {
      assertThat(LiveScriptScanner.scan(site.out()))
          .as("live script in the output of %s", name)
          .isEmpty();
    } else {
      assertThat(site.out()).as("a failed build publishes nothing").doesNotExist();
    }
  }
}
