package vn.bulletin.model;

/**
 * An internal link or photo found in a body, kept to check that it leads somewhere.
 *
 * @param written the URL as the editor wrote it
 * @param sitePath what it resolves to, relative to the site root, without query or fragment
 * @param isImage whether it is a photo (a missing photo reads differently from a broken link)
 * @param leavesSite whether it climbs above the site's root with {@code ..}
 */
public record LinkTarget(String written, String sitePath, boolean isImage, boolean leavesSite) {}
