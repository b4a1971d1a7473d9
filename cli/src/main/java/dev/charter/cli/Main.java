package dev.charter.cli;

/** The {@code charter} executable. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // Library logging goes to standard error only under --verbose; set before any logger exists.
    boolean verbose = java.util.Arrays.asList(args).contains("--verbose");
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "info" : "off");
    System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    System.exit(CharterCommand.run(args));
  }
}
