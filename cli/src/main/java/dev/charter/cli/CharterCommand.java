package dev.charter.cli;

import dev.charter.core.config.CharterConfig;
import dev.charter.core.config.ConfigException;
import dev.charter.core.diag.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top command. Subcommands are thin adapters over the feature modules. */
@Command(
    name = "charter",
    mixinStandardHelpOptions = true,
    scope = ScopeType.INHERIT,
    versionProvider = BuildVersion.class,
    description = "Design-first API contract toolchain for OpenAPI and AsyncAPI.",
    subcommands = {ValidateCommand.class, LintCommand.class, RulesCommand.class, DiffCommand.class, ChangelogCommand.class,
      CiCommand.class, HookCommand.class, GenerateCommand.class, MockCommand.class, VerifyCommand.class,
      CompletionCommand.class},
    exitCodeListHeading = "%nExit codes (the same for every command):%n",
    exitCodeList = {
      "0:clean",
      "1:the policy failed (findings at or above --fail-on, breaking changes)",
      "2:usage, configuration or input error"
    })
public final class CharterCommand implements java.util.concurrent.Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--verbose", scope = ScopeType.INHERIT,
      description = "Explain more; print stack traces of unexpected errors.")
  boolean verbose;

  @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT,
      description = "Print less: no notes on standard error, and only what fails the run (findings at or above "
          + "--fail-on, changes that fail the gate).")
  boolean quiet;

  @Option(names = "--config", paramLabel = "FILE", scope = ScopeType.INHERIT,
      description = "Settings file (default: the nearest charter.yaml from the working directory up to the repository top).")
  Path configFile;

  @Option(names = "--color", paramLabel = "WHEN", scope = ScopeType.INHERIT,
      description = "Colour in human output: auto (default: on a terminal, unless NO_COLOR is set), always, never.")
  ColorMode colorMode = ColorMode.AUTO;

  /** {@code --color}: an enum, so that a misspelt value is a usage error rather than {@code auto}. */
  enum ColorMode { AUTO, ALWAYS, NEVER }

  private final CliEnvironment environment;
  private CharterConfig config = CharterConfig.empty();

  public CharterCommand(CliEnvironment environment) {
    this.environment = environment;
  }

  /** {@code charter} without a command: the usage, on standard error, and the usage-error code. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.INPUT_ERROR;
  }

  CliEnvironment environment() {
    return environment;
  }

  CharterConfig config() {
    return config;
  }

  boolean verbose() {
    return verbose;
  }

  boolean quiet() {
    return quiet;
  }

  boolean color() {
    String noColor = environment.env("NO_COLOR");
    return switch (colorMode) {
      case ALWAYS -> true;
      case NEVER -> false;
      case AUTO -> environment.terminal() && (noColor == null || noColor.isEmpty());
    };
  }

  public static int run(String... args) {
    return run(CliEnvironment.system(), args);
  }

  /** Runs one command line in {@code env} and returns its exit code. */
  public static int run(CliEnvironment env, String... args) {
    CharterCommand top = new CharterCommand(env);
    CommandLine cli = new CommandLine(top);
    cli.setOut(env.out());
    cli.setErr(env.err());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    ErrorHandler errors = new ErrorHandler(env, args);
    ConfigDefaults defaults;
    try {
      top.config = loadConfig(env, args);
      ConfigDefaults.check(top.config, cli.getCommandSpec());
      defaults = new ConfigDefaults(top.config);
    } catch (ConfigException e) {
      return errors.report(List.of(e.toDiagnostic()));
    }
    cli.setDefaultValueProvider(defaults);
    cli.setExecutionStrategy(parsed -> {
      defaults.applyLists(parsed);
      try {
        return new CommandLine.RunLast().execute(parsed);
      } catch (StackOverflowError | OutOfMemoryError e) {
        // picocli hands only Exceptions to the handler; an Error would escape as a trace and exit 1 ("policy failed").
        throw new CommandLine.ExecutionException(parsed.commandSpec().commandLine(), e.toString(), e);
      }
    });
    errors.takeConfigValuesFrom(defaults);
    cli.setExecutionExceptionHandler(errors);
    cli.setParameterExceptionHandler(errors);
    int code = cli.execute(args);
    env.out().flush();
    env.err().flush();
    return code;
  }

  /**
   * The config file is needed before the command line is parsed (it supplies option defaults), so
   * {@code --config} is picked out of the arguments first.
   */
  private static CharterConfig loadConfig(CliEnvironment env, String[] args) throws ConfigException {
    Optional<Path> explicit = Optional.empty();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--")) {
        break;
      }
      if (args[i].equals("--config") && i + 1 < args.length) {
        explicit = Optional.of(env.workingDir().resolve(args[i + 1]));
      } else if (args[i].startsWith("--config=")) {
        explicit = Optional.of(env.workingDir().resolve(args[i].substring("--config=".length())));
      }
    }
    if (explicit.isPresent()) {
      return CharterConfig.load(explicit.get());
    }
    Optional<Path> found = CharterConfig.find(env.workingDir());
    return found.isPresent() ? CharterConfig.load(found.get()) : CharterConfig.empty();
  }

}
