/**
 * The publish stage: assembles a release beside the live one (unchanged files hard-linked, so they
 * keep their bytes and mtimes) and switches the site to it with one atomic rename of a symlink.
 * Depends on nothing else in bulletin.
 */
package vn.bulletin.publish;
