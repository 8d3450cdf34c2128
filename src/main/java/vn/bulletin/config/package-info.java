/**
 * The site config {@code bulletin.yaml}: its typed record, its defaults and its validating loader.
 * Depends on {@code yaml}, {@code model} and {@code diagnostic}.
 */
package vn.bulletin.config;
