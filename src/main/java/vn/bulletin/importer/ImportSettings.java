package vn.bulletin.importer;

import java.util.Map;

/**
 * What {@code bulletin.yaml}'s {@code import:} says about the old portal.
 *
 * @param preset "nukeviet" or "auto"; the command line's {@code --preset} wins
 * @param selectors the portal's own selectors, over the preset's
 * @param categories old category names or URL segments mapped to the names in {@code categories:}
 */
public record ImportSettings(String preset, Selectors selectors, Map<String, String> categories) {
  public static final ImportSettings DEFAULT = new ImportSettings("auto", Selectors.NONE, Map.of());

  public ImportSettings {
    categories = Map.copyOf(categories);
  }

  /** The same settings with another preset. */
  public ImportSettings withPreset(String name) {
    return new ImportSettings(name, selectors, categories);
  }

  /** The selectors an extractor uses: the portal's own, then the preset's. */
  Selectors effectiveSelectors() {
    return preset.equals("nukeviet") ? selectors.over(Selectors.NUKEVIET) : selectors;
  }
}
