/**
 * The load stage and front matter: finds the files under {@code content/}, reads them as NFC text,
 * and turns each header into typed, validated fields. Depends on {@code yaml}, {@code model},
 * {@code config} and {@code diagnostic} (and Jsoup, to inspect SVG).
 */
package vn.bulletin.content;
