/**
 * Fingerprints: short hashes that tell whether the inputs of a page, a parse or an export changed
 * since the last build. Depends on nothing.
 */
package vn.bulletin.fingerprint;
