/**
 * The site config {@code bulletin.yaml}: its typed record, its defaults and its validating loader.
 * Depends on {@code yaml}, {@code model}, {@code diagnostic} and {@code photo} (whose settings it
 * reads).
 */
package vn.bulletin.config;
