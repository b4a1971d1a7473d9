package dev.charter.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top command. Subcommands are thin adapters over the feature modules. */
@Command(
    name = "charter",
    mixinStandardHelpOptions = true,
    versionProvider = BuildVersion.class,
    description = "Design-first API contract toolchain for OpenAPI and AsyncAPI.")
public final class CharterCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static int run(String... args) {
    return new CommandLine(new CharterCommand()).execute(args);
  }
}
