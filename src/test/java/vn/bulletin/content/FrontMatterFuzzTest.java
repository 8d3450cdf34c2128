package vn.bulletin.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;
import vn.bulletin.config.SiteConfig;
import vn.bulletin.diagnostic.Diagnostic;

/**
 * Any file text gives either typed fields or diagnostics that point inside the file, never an
 * exception. Replays {@code FrontMatterFuzzTestInputs/} in every test run.
 */
class FrontMatterFuzzTest {
  private static final FrontMatterParser PARSER = new FrontMatterParser();
  private static final ItemFieldsReader FIELDS = new ItemFieldsReader(SiteConfig.defaults());

  @FuzzTest(maxDuration = "3m")
  void frontMatterGivesFieldsOrPositionedErrors(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString().replace("\r\n", "\n").replace('\r', '\n');
    SourceFile source = SourceFile.of("content/tin/a.md", "tin/a.md", text);
    List<Diagnostic> problems = new ArrayList<>();

    boolean read =
        PARSER
            .parse(source, problems)
            .flatMap(fm -> FIELDS.readItem(source, fm, problems))
            .isPresent();

    assertThat(read || !problems.isEmpty()).as("no fields and no reason").isTrue();
    for (Diagnostic d : problems) {
      assertThat(d.lineNumber()).isBetween(0, Math.max(1, source.lines().size() + 1));
      assertThat(d.message()).isNotBlank();
    }
  }
}
