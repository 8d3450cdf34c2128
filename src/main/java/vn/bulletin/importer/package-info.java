/**
 * {@code bulletin import}: turns an old portal's news pages (saved to disk, or fetched politely
 * over HTTP) into ordinary content files, with photos and attachments beside them and the old
 * addresses kept as {@code aliases:}. It is not a stage of the build: it writes what an editor
 * would, and depends on {@code config}, {@code content}, {@code check}, {@code markdown}, {@code
 * model}, {@code yaml} and {@code diagnostic}; only {@code cli} depends on it.
 */
package vn.bulletin.importer;
