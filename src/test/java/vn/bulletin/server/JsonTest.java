package vn.bulletin.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.bulletin.counter.VisitCounts;

class JsonTest {
  @Test
  void flatObjectOfStringsIsRead() {
    assertThat(
            Json.parseStringObject(
                " {\"path\" : \"/tin-tuc/\\u0068am-can/\", \"b\":\"\\\"\\\\\\n\"} "))
        .contains(Map.of("path", "/tin-tuc/ham-can/", "b", "\"\\\n"));
  }

  @Test
  void emptyObjectIsRead() {
    assertThat(Json.parseStringObject("{}")).contains(Map.of());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "{",
        "{\"path\":",
        "{\"path\":\"/\"",
        "{\"path\":\"/\"}x",
        "[\"/\"]",
        "\"/\"",
        "{\"path\":1}",
        "{\"path\":null}",
        "{\"path\":{\"a\":\"b\"}}",
        "{path:\"/\"}",
        "{\"path\":'/'}",
        "{\"path\":\"/\",}",
        "{\"a\":\"1\",\"a\":\"2\"}",
        "{\"path\":\"\\x\"}",
        "{\"path\":\"\\u12\"}",
        "{\"path\":\"a\nb\"}"
      })
  void anythingElseIsRefused(String text) {
    assertThat(Json.parseStringObject(text)).isEmpty();
  }

  @Test
  void countsAreWrittenInTheApiShape() {
    assertThat(Json.counts(new VisitCounts(832882, 15, 420, 3, 57)))
        .isEqualTo("{\"total\":832882,\"today\":15,\"month\":420,\"online\":3,\"views\":57}");
  }

  @Test
  void errorMessagesAreEscaped() {
    assertThat(Json.error("a \"b\" \\ <script>\n"))
        .isEqualTo("{\"error\":\"a \\\"b\\\" \\\\ \\u003cscript>\\n\"}");
  }
}
