package vn.bulletin.counter;

/**
 * What the widget shows: the total with the starting total added, today, this month, online now,
 * the page's views.
 */
public record VisitCounts(long total, long today, long month, long online, long views) {}
