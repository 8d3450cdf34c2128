package vn.bulletin.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionTest {
  private static final List<String> ITEM_FIELDS =
      List.of(
          "title",
          "date",
          "category",
          "tags",
          "summary",
          "image",
          "author",
          "source",
          "featured",
          "draft");

  @Test
  void misspelledFieldSuggestsTheClosest() {
    assertThat(Suggestion.closest("categry", ITEM_FIELDS)).contains("category");
    assertThat(Suggestion.closest("sumary", ITEM_FIELDS)).contains("summary");
  }

  @Test
  void caseDoesNotMatter() {
    assertThat(Suggestion.closest("Title", ITEM_FIELDS)).contains("title");
  }

  @Test
  void swappedLettersInAShortWordSuggestIt() {
    assertThat(
            Suggestion.closest(
                "nmae", List.of("name", "tagline", "base-url", "language", "time-zone")))
        .contains("name");
    assertThat(Suggestion.closest("titel", ITEM_FIELDS)).contains("title");
  }

  @Test
  void farWordsSuggestNothing() {
    assertThat(Suggestion.closest("xyz", ITEM_FIELDS)).isEmpty();
    assertThat(Suggestion.closest("ngày", ITEM_FIELDS)).isEmpty();
    assertThat(Suggestion.closest("anything", List.of())).isEmpty();
  }

  @Test
  void distanceCountsCodePointEdits() {
    assertThat(Suggestion.distance("categry", "category")).isEqualTo(1);
    assertThat(Suggestion.distance("tức", "tuc")).isEqualTo(1);
    assertThat(Suggestion.distance("", "abc")).isEqualTo(3);
  }
}
