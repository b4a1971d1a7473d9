package dev.charter.lint.rules.support;

import dev.charter.core.model.HttpOperation;
import dev.charter.core.model.SecurityRequirement;

/** What an operation's security requirements mean for callers. */
public final class Security {
  private Security() {}

  /** Whether every way to call the operation needs credentials: some requirement, and none of them anonymous ({@code {}}). */
  public static boolean required(HttpOperation op) {
    return !op.security().isEmpty() && op.security().stream().noneMatch(SecurityRequirement::anonymous);
  }
}
