package dev.charter.cli;

import dev.charter.core.diag.Diagnostic;
import dev.charter.core.diag.Severity;
import java.util.Collection;

/** The exit codes, the same in every command. */
public final class ExitCodes {
  /** Nothing at or above the failure threshold. */
  public static final int OK = 0;
  /** The policy failed: findings at or above {@code --fail-on}, or breaking changes. */
  public static final int POLICY_FAILED = 1;
  /** Usage, configuration or input error: nothing was checked, or not everything. */
  public static final int INPUT_ERROR = 2;

  private ExitCodes() {}

  public static int forFindings(Collection<Diagnostic> findings, Severity failOn) {
    return findings.stream().anyMatch(d -> d.severity().atLeast(failOn)) ? POLICY_FAILED : OK;
  }
}
