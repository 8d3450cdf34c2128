package vn.bulletin.importer;

import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The parts of an article page, found but not yet cleaned.
 *
 * @param dateText the text or machine value that holds the publication time, or empty
 * @param body a detached copy of the article's body, free to change
 * @param categoryHints breadcrumb texts, innermost last
 * @param attachments links to files (PDF, DOC) listed beside the body
 */
record RawArticle(
    String title,
    String dateText,
    String lead,
    Element body,
    List<String> categoryHints,
    String author,
    String source,
    List<Element> attachments) {}
