package dev.charter.cli;

import dev.charter.core.diag.Diagnostic;
import dev.charter.core.diag.Location;
import dev.charter.core.diag.Severity;
import dev.charter.core.report.DisplayPaths;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into one clear line on standard error and exit code 2. A stack trace is
 * printed only with {@code --verbose}; picocli's default (exit 1 and a trace) would collide with
 * "the policy failed".
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {
  private final CliEnvironment env;
  private final boolean verbose;
  private ConfigDefaults configValues;

  ErrorHandler(CliEnvironment env, String[] args) {
    this.env = env;
    this.verbose = Arrays.asList(args).contains("--verbose");
  }

  /** Where option values that were not given on the command line came from, to blame the file for a bad one. */
  void takeConfigValuesFrom(ConfigDefaults defaults) {
    this.configValues = defaults;
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
    PrintWriter err = env.err();
    Throwable trace = ex;
    if (ex instanceof CommandLine.ExecutionException && ex.getCause() instanceof Error error) {
      trace = error;
    }
    if (ex instanceof InputException input) {
      report(input.problems());
      trace = input.getCause();
    } else {
      err.println("charter: error: " + describe(trace) + (verbose ? "" : " (run with --verbose for details)"));
    }
    if (verbose && trace != null) {
      trace.printStackTrace(err);
    }
    err.flush();
    return ExitCodes.INPUT_ERROR;
  }

  private static String describe(Throwable t) {
    if (t instanceof OutOfMemoryError) {
      return "out of memory (raise the heap with JAVA_OPTS=-Xmx2g)";
    }
    if (t instanceof StackOverflowError) {
      return "input nests too deeply to process";
    }
    String message = t.getMessage();
    return t.getClass().getSimpleName() + (message == null ? "" : ": " + message.replaceAll("\\s+", " "));
  }

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    Optional<Location> inFile = configValues == null ? Optional.empty() : configValues.suppliedAt(ex.getArgSpec());
    if (inFile.isPresent()) {
      // A value from charter.yaml: name the file and line, not an option the user did not type.
      String problem = ex.getMessage().replaceFirst("^Invalid value for option '[^']*': ", "");
      String key = ConfigDefaults.key((OptionSpec) ex.getArgSpec());
      return report(List.of(new Diagnostic("config-error", Severity.ERROR,
          "invalid value for '" + key + "': " + problem, inFile.get())));
    }
    PrintWriter err = env.err();
    err.println("charter: " + ex.getMessage());
    CommandLine cmd = ex.getCommandLine();
    err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
    err.flush();
    return ExitCodes.INPUT_ERROR;
  }

  /** One line per problem, paths relative to the working directory; exit code 2. */
  int report(List<Diagnostic> problems) {
    PrintWriter err = env.err();
    DisplayPaths paths = DisplayPaths.of(env.workingDir());
    for (Diagnostic d : problems) {
      err.println(d.oneLine(paths::display));
    }
    err.flush();
    return ExitCodes.INPUT_ERROR;
  }
}
