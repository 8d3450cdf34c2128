package vn.bulletin.plan;

import java.nio.file.Path;
import vn.bulletin.photo.PhotoRecord;
import vn.bulletin.photo.VariantSet;

/**
 * A photo the site shows, published as its variants (never as the file the editor dropped in,
 * unless the site config asks: then that is a {@link FileSpec} too).
 *
 * @param sitePath where the original would be: what items and pages link to
 * @param source the file under {@code content/}
 */
public record PhotoSpec(String sitePath, Path source, PhotoRecord record, VariantSet variants) {}
