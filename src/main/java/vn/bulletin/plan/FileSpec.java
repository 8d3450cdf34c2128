package vn.bulletin.plan;

import java.nio.file.Path;

/** A file published as it is (a photo, a stylesheet), from {@code source} to {@code path} in the site. */
public record FileSpec(String path, Path source) {}
