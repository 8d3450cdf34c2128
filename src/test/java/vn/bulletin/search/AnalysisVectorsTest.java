package vn.bulletin.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Java analysis reproduces every test vector; src/test/js/analysis.test.js holds the browser's
 * to the same file.
 */
class AnalysisVectorsTest {
  static final Path VECTORS = Path.of("src/test/resources/search/analysis-vectors.json");

  static Stream<JsonNode> vectors() throws IOException {
    List<JsonNode> all = new ArrayList<>();
    new ObjectMapper().readTree(VECTORS.toFile()).get("vectors").forEach(all::add);
    assertThat(all).hasSizeGreaterThan(10);
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void javaAnalysisMatchesTheVector(JsonNode vector) {
    List<Syllable> syllables = Syllables.of(vector.get("input").asText());

    assertThat(syllables.stream().map(Syllable::exact))
        .as("exact")
        .containsExactlyElementsOf(strings(vector, "exact"));
    assertThat(syllables.stream().map(Syllable::fold))
        .as("fold")
        .containsExactlyElementsOf(strings(vector, "fold"));
    assertThat(Syllables.bigrams(syllables))
        .as("bigrams")
        .containsExactlyElementsOf(strings(vector, "bigrams"));
  }

  private static List<String> strings(JsonNode vector, String field) {
    List<String> out = new ArrayList<>();
    vector.get(field).forEach(n -> out.add(n.asText()));
    return out;
  }
}
