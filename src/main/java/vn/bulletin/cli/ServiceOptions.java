package vn.bulletin.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options {@code serve} and {@code counter} share. */
final class ServiceOptions {
  @Option(
      names = "--source",
      defaultValue = ".",
      description = "Folder holding bulletin.yaml (default: ${DEFAULT-VALUE}).")
  Path source;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "Port to listen on; 0 for any free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--bind",
      defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String bind;
}
