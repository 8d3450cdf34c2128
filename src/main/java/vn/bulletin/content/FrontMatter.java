package vn.bulletin.content;

import vn.bulletin.yaml.YamlMap;

/**
 * A file split into its YAML header and its Markdown body.
 *
 * @param yamlLineOffset lines of the file before the YAML text (the opening {@code ---})
 * @param bodyLineOffset lines of the file before the body
 */
public record FrontMatter(YamlMap fields, int yamlLineOffset, String body, int bodyLineOffset) {}
