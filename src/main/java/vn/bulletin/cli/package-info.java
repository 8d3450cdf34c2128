/**
 * The command line: parses arguments with picocli, runs the build or a tool, prints diagnostics and
 * maps outcomes to fixed exit codes. Depends on {@code build}, {@code server}, {@code counter},
 * {@code importer} and below; nothing depends on it.
 */
package vn.bulletin.cli;
