/**
 * The publish stage: assembles the next release beside the live one (unchanged files hard-linked,
 * so they keep their bytes and mtimes; an old release reused so that only what changed is touched)
 * and switches the site to it with one atomic rename of a symlink. Depends on nothing else in
 * bulletin.
 */
package vn.bulletin.publish;
