package vn.bulletin.model;

/**
 * An old address of an item, kept alive by a redirect to its page.
 *
 * @param path the old address reduced to its site path, with a leading {@code /} and any query,
 *     e.g. {@code /news/tin-tuc/le-ky-ket-123.html}
 * @param lineNumber the 1-based line of the item's file where the alias is written
 */
public record Alias(String path, int lineNumber) {}
