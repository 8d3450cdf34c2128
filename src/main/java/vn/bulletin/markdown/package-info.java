/**
 * The body of the parse stage: Markdown to HTML with Flexmark, then the HTML sanitised and refined
 * with Jsoup (figures, heading ids, lazy photos with sizes, links made relative and collected).
 * Depends on {@code model}, {@code diagnostic} and {@code photo} (photos' sizes and published
 * copies).
 */
package vn.bulletin.markdown;
