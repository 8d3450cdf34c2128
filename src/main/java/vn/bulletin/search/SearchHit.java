package vn.bulletin.search;

/**
 * One result.
 *
 * @param url the item's path from the site root, "/tin-tuc-su-kien/ky-ket-ket-nghia-xa-ham-can/"
 * @param date ISO 8601 with offset; {@code dateLine} as pages show it, "Thứ Năm, 19/09/2024"
 * @param snippet the lead, cut at {@value DocumentTable#SNIPPET_LENGTH} characters
 */
public record SearchHit(
    String url,
    String title,
    String date,
    String dateLine,
    String category,
    String categoryName,
    String snippet,
    float score) {}
