package dev.charter.cli;

import dev.charter.compat.Bump;
import dev.charter.compat.DiffConfig;
import dev.charter.compat.DiffPolicy;
import dev.charter.compat.DiffSession;
import dev.charter.compat.Mode;
import dev.charter.core.config.ConfigException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/** What {@code diff} and {@code changelog} compare, and how changes are judged. */
final class DiffOptions {

  @Parameters(arity = "0..2", paramLabel = "SPEC",
      description = "OLD and NEW: each a file, - for standard input, or REV:path for a file in a git revision. "
          + "Only NEW with --base or --against-tags.")
  List<String> specs = new ArrayList<>();

  @Option(names = "--base", paramLabel = "REV",
      description = "Compare SPEC in the work tree with the same path at git revision REV (a pull request against its target branch).")
  String base;

  @Option(names = "--against-tags", paramLabel = "GLOB",
      description = "Compare SPEC with the same path at every git tag matching GLOB ('v*'): compatibility with every release.")
  String againstTags;

  @Option(names = "--mode", paramLabel = "MODE", converter = ModeConverter.class,
      description = "Whose code must keep working: backward (default: clients of OLD against NEW), forward (clients of NEW "
          + "against OLD), full (both).")
  Mode mode = Mode.BACKWARD;

  DiffSession.Inputs inputs() {
    return new DiffSession.Inputs(specs, Optional.ofNullable(base), Optional.ofNullable(againstTags));
  }

  DiffPolicy policy(CharterCommand parent, Optional<Bump> failOn, boolean checkVersion, String section) {
    DiffConfig config;
    try {
      config = DiffConfig.read(parent.config(), section);
    } catch (ConfigException e) {
      throw new InputException(e.toDiagnostic());
    }
    return config.policy(mode, failOn, checkVersion);
  }

  static final class ModeConverter implements ITypeConverter<Mode> {
    @Override
    public Mode convert(String value) {
      try {
        return Mode.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** {@code major}, {@code minor}, {@code patch}, or {@code none} for no gate; checked by {@link BumpConverter}. */
  static Optional<Bump> failOn(String value) {
    return DiffConfig.failOn(value);
  }

  /**
   * Checks a bump while the command line is parsed, so a bad one is a usage error naming the option
   * (or the line of charter.yaml it came from), as for every other option.
   */
  static final class BumpConverter implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      try {
        DiffConfig.failOn(value);
        return value;
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
