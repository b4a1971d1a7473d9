package dev.charter.cli;

/** The {@code charter} executable. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(CharterCommand.run(args));
  }
}
