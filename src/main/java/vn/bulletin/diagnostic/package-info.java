/**
 * Problems found in an editor's files, collected rather than thrown, and their compiler-style text.
 * Depends on nothing else in bulletin; every stage reports through it.
 */
package vn.bulletin.diagnostic;
