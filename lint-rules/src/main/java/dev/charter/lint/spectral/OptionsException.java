package dev.charter.lint.spectral;

/** Function options of the wrong shape: the message says which option and what it accepts. */
public final class OptionsException extends Exception {
  /** The option at fault, as a path below {@code functionOptions} ({@code "max"}, {@code "separator.char"}); empty for all of them. */
  private final String option;

  public OptionsException(String option, String message) {
    super(message);
    this.option = option;
  }

  public String option() {
    return option;
  }
}
