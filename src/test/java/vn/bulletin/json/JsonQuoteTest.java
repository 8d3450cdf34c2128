package vn.bulletin.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One quoting rule for every JSON text bulletin writes. */
class JsonQuoteTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      value = {
        "Vietnamese letters stay as they are | Hàm Cần | \"Hàm Cần\"",
        "quotes and backslashes are escaped | a \"b\" \\ c | \"a \\\"b\\\" \\\\ c\"",
        "a tag cannot close a script element | </script> | \"\\u003c/script>\"",
      })
  void quotes(String rule, String text, String json) {
    assertThat(Json.quote(text)).isEqualTo(json);
  }

  @Test
  void lineEndsControlsAndLineSeparatorsStayOnOneLine() {
    assertThat(Json.quote("a\nb\tc\u2028d")).isEqualTo("\"a\\nb\\u0009c\\u2028d\"");
  }

  @Test
  void halfOfAnEmojiCutByASnippetIsStillValidJson() {
    String cut = "Chúc mừng 🎉".substring(0, "Chúc mừng ".length() + 1);

    assertThat(Json.quote(cut)).isEqualTo("\"Chúc mừng \\ud83c\"");
  }

  @Test
  void stringsMakeAList() {
    assertThat(Json.strings(List.of("a", "b\""))).isEqualTo("[\"a\",\"b\\\"\"]");
  }
}
