package vn.bulletin.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code java -jar bulletin.jar}: the entry point. */
@Command(name = "bulletin", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Builds the static news site of a Vietnamese official bulletin.",
    subcommands = {BuildCommand.class, CheckCommand.class, NewCommand.class, SearchCommand.class,
        ServeCommand.class, CounterCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  @Option(names = "--stacktrace", scope = ScopeType.INHERIT, description = "Print the stack trace of an internal error.")
  boolean stacktrace;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    // Editors' terminals and CI logs get UTF-8 whatever the platform default is.
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(execute(args, out, err));
  }

  /** Runs a command line and returns its exit code. */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out).setErr(err);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      err.println("internal error: " + e + " (rerun with --stacktrace for details)");
      if (Arrays.asList(args).contains("--stacktrace")) {
        e.printStackTrace(err);
      }
      err.flush();
      return ExitCode.INTERNAL_ERROR;
    });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }
}
