/**
 * The parse stage: each source's front matter into typed fields and its Markdown into refined HTML,
 * in parallel and within stack and time limits, or taken from the parse store when an earlier build
 * parsed the same text. Depends on {@code content}, {@code markdown}, {@code cache}, {@code
 * config}, {@code model} and {@code diagnostic}; never on {@code pipeline}, which calls it.
 */
package vn.bulletin.parse;
