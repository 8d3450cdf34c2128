package vn.bulletin.model;

/**
 * A photo as published.
 *
 * @param path site-relative path of the file
 * @param width intrinsic width in pixels, 0 if unknown
 * @param height intrinsic height in pixels, 0 if unknown
 */
public record Image(String path, String alt, int width, int height) {}
