package vn.bulletin.parse;

import java.util.List;
import vn.bulletin.model.NewsItem;
import vn.bulletin.model.StandalonePage;

/** The parse stage's result: every item and page that parsed without errors, in path order. */
public record ParsedContent(List<NewsItem> items, List<StandalonePage> pages) {}
