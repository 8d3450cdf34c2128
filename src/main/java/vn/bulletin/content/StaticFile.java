package vn.bulletin.content;

import java.nio.file.Path;

/**
 * A file under {@code content/} that is not Markdown (a photo, a PDF), published as it is.
 *
 * @param contentPath relative to {@code content/}, with {@code /} separators
 */
public record StaticFile(Path file, String contentPath) {}
