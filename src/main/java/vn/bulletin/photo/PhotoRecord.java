package vn.bulletin.photo;

/**
 * A photo as the catalog knows it.
 *
 * @param hash the SHA-256 of its bytes, in hex: what its variants are kept by
 * @param output the format its variants are published in (a PNG may become JPEG)
 */
public record PhotoRecord(
    String contentPath, String hash, PhotoHeader header, PhotoFormat output) {}
