package vn.bulletin.plan;

/**
 * One file of the site to render.
 *
 * @param path the output file relative to the site root, e.g. {@code tin-tuc/ham-can/index.html}
 * @param template the template's name under {@code templates/}
 * @param model the view record the template sees as its root
 * @param sourcePath the content file the page shows, for error messages; empty for lists
 */
public record PageSpec(String path, String template, Object model, String sourcePath) {}
