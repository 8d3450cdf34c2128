/**
 * Photos as the site publishes them: each photo's header inspected without decoding it (format,
 * size, EXIF orientation, decompression bombs refused), its resized and cropped variants named and
 * measured before anything is encoded, then decoded once, turned upright, resized and encoded
 * without any metadata, and kept by content hash and settings in {@code .bulletin/photos/}. Depends
 * on the JDK's ImageIO and TwelveMonkeys' JPEG reader only; {@code markdown}, {@code plan} and the
 * pipeline use it.
 */
package vn.bulletin.photo;
