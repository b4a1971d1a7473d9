package dev.charter.compat.http;

import dev.charter.core.model.Parameter;

/** How parameters are named in messages. */
final class ParameterNames {
  private ParameterNames() {}

  static String describe(Parameter p) {
    return p.in() + " parameter '" + p.name() + "'";
  }
}
