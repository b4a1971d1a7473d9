package dev.charter.core.config;

import dev.charter.core.diag.Diagnostic;
import dev.charter.core.diag.Location;
import dev.charter.core.diag.Severity;

/** A configuration file or ruleset that is unreadable or wrong: says which file, line and what. */
public final class ConfigException extends Exception {
  private final transient Location location;

  public ConfigException(String message, Location location) {
    super(message);
    this.location = location;
  }

  public ConfigException(String message, Location location, Throwable cause) {
    super(message, cause);
    this.location = location;
  }

  public Location location() {
    return location;
  }

  public Diagnostic toDiagnostic() {
    return new Diagnostic("config-error", Severity.ERROR, getMessage(), location);
  }
}
