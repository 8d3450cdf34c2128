/**
 * What one build leaves for the next: parsed items and pages keyed by the hash of their source, so
 * a rebuild parses only what changed. Depends on {@code model}, {@code diagnostic} and {@code fingerprint}.
 */
package vn.bulletin.cache;
