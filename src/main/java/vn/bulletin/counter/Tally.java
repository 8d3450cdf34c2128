package vn.bulletin.counter;

/**
 * Visits counted in the store (without the starting total): all, on a day, in its month, on a page.
 */
public record Tally(long total, long today, long month, long views) {}
