package dev.charter.lint.config;

import dev.charter.core.diag.Diagnostic;
import dev.charter.core.diag.Location;
import dev.charter.core.diag.Severity;

/**
 * A wrong setting in {@code charter.yaml} or a ruleset: which file, line and what is wrong. Nothing
 * is linted; the command line prints it as one line and exits with 2.
 *
 * @see #RULESET_ERROR
 * @see #CONFIG_ERROR
 */
public final class ConfigurationException extends Exception {
  /** The id of problems with a Spectral ruleset file. */
  public static final String RULESET_ERROR = "ruleset-error";
  /** The id of problems with the {@code lint} section of {@code charter.yaml}. */
  public static final String CONFIG_ERROR = "config-error";

  private final transient Location location;
  private final String id;

  public ConfigurationException(String id, String message, Location location) {
    super(message);
    this.id = id;
    this.location = location;
  }

  public Location location() {
    return location;
  }

  public Diagnostic toDiagnostic() {
    return new Diagnostic(id, Severity.ERROR, getMessage(), location);
  }
}
