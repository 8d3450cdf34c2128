/**
 * Safe YAML for front matter and the site config: a position-keeping tree with no object building,
 * no aliases and no custom tags, and typed field access that reports problems with their line.
 * Depends on SnakeYAML Engine and {@code diagnostic}.
 */
package vn.bulletin.yaml;
