/**
 * What one build leaves for the next: parsed items and pages by source path, with the stamp and
 * text hash they were parsed from, so a rebuild reads and parses only what changed. Depends on
 * {@code model}, {@code content} (source stamps), {@code diagnostic} and {@code fingerprint}.
 */
package vn.bulletin.cache;
