package vn.bulletin.cli;

import java.io.Console;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code java -jar bulletin.jar}: the entry point. */
@Command(
    name = "bulletin",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Builds the static news site of a Vietnamese official bulletin.")
public final class Main implements Runnable {
  /**
   * The subcommands, in the order help lists them. Only the one a command line names is given to
   * picocli, which reads every annotation of every command it is given: at a process per build,
   * that reading is a sixth of a no-change build.
   */
  private static final List<Class<?>> SUBCOMMANDS =
      List.of(
          BuildCommand.class,
          CheckCommand.class,
          NewCommand.class,
          ImportCommand.class,
          SearchCommand.class,
          ServeCommand.class,
          CounterCommand.class,
          CommandLine.HelpCommand.class);

  @Option(
      names = "--stacktrace",
      scope = ScopeType.INHERIT,
      description = "Print the stack trace of an internal error.")
  boolean stacktrace;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Whether stderr is an editor's terminal, where {@code build} may redraw a progress line. */
  final boolean terminal;

  private Main(boolean terminal) {
    this.terminal = terminal;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    // Editors' terminals and CI logs get UTF-8 whatever the platform default is.
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(execute(args, out, err, onTerminal()));
  }

  /**
   * Whether a person watches: on Java 17 to 21 there is no console when stdin or stdout is
   * redirected, so pipes and CI logs get no progress line. From Java 22 a console exists even then,
   * and its {@code isTerminal()} (absent from the Java 17 API we compile against) tells.
   */
  private static boolean onTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (NoSuchMethodException e) {
      return true;
    } catch (ReflectiveOperationException e) {
      return false;
    }
  }

  // Whether the command line starts with this subcommand's name or an alias of it.
  private static boolean names(Class<?> subcommand, String[] args) {
    if (args.length == 0) {
      return false;
    }
    Command command = subcommand.getAnnotation(Command.class);
    return command.name().equals(args[0]) || Arrays.asList(command.aliases()).contains(args[0]);
  }

  /** Runs a command line, as if not on a terminal, and returns its exit code. */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    return execute(args, out, err, false);
  }

  /**
   * Runs a command line and returns its exit code; {@code terminal} lets a test force the progress
   * line.
   */
  static int execute(String[] args, PrintWriter out, PrintWriter err, boolean terminal) {
    CommandLine cli = new CommandLine(new Main(terminal));
    List<Class<?>> named = SUBCOMMANDS.stream().filter(c -> names(c, args)).toList();
    (named.isEmpty() ? SUBCOMMANDS : named).forEach(cli::addSubcommand);
    cli.setOut(out).setErr(err);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
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
