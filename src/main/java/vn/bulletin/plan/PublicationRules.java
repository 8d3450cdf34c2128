package vn.bulletin.plan;

import java.time.Instant;
import vn.bulletin.model.NewsItem;

/**
 * Which items are published: drafts only with {@code --drafts}, items dated after {@code now} only
 * with {@code --future}.
 */
public record PublicationRules(boolean drafts, boolean future, Instant now) {
  public boolean isPublished(NewsItem item) {
    return (drafts || !item.draft()) && (future || !isScheduled(item));
  }

  public boolean isScheduled(NewsItem item) {
    return item.date().toInstant().isAfter(now);
  }
}
