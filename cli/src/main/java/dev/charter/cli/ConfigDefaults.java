package dev.charter.cli;

import dev.charter.core.config.CharterConfig;
import dev.charter.core.config.ConfigException;
import dev.charter.core.diag.Location;
import dev.charter.core.report.ReportTarget;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * Supplies option defaults from {@code charter.yaml}: the value of {@code --fail-on} for {@code
 * charter lint} comes from {@code lint: {fail-on: …}}, and the input options shared by every
 * command ({@code root}, {@code allow-remote-refs}, …) may also be given at the top level. Paths are
 * relative to the config file's folder.
 */
final class ConfigDefaults implements CommandLine.IDefaultValueProvider {
  /** The option whose values are {@code FORMAT[=FILE]}: the FILE part is a path. */
  private static final String FORMAT = "format";

  private final CharterConfig config;
  /** The options this run took a value for from the file (picocli asks only for those not given), and where. */
  private final Map<ArgSpec, Location> supplied = new IdentityHashMap<>();

  ConfigDefaults(CharterConfig config) {
    this.config = config;
  }

  @Override
  public String defaultValue(ArgSpec arg) {
    if (!(arg instanceof OptionSpec option) || arg.command() == null) {
      return null;
    }
    String section = section(arg.command());
    String key = key(option);
    Optional<String> value;
    try {
      value = value(option, section, key);
    } catch (ConfigException e) {
      throw new IllegalStateException("checked before parsing: " + e.getMessage(), e);
    }
    value.ifPresent(v -> supplied.put(arg, config.optionLocation(section, key).orElseThrow()));
    return value.orElse(null);
  }

  /** The file's value for {@code option} as picocli reads a default: lists joined by the option's split. */
  private Optional<String> value(OptionSpec option, String section, String key) throws ConfigException {
    if (option.isMultiValue()) {
      if (unsplit(option)) {
        return Optional.empty(); // a list picocli cannot split: set by applyLists
      }
      Optional<List<String>> items = config.list(section, key);
      if (items.isPresent() && key.equals(FORMAT)) {
        List<String> resolved = new ArrayList<>();
        for (String entry : items.get()) {
          resolved.add(formatRelativeToFile(entry, section));
        }
        items = Optional.of(resolved);
      }
      return items.map(list -> String.join(",", list));
    }
    if (option.type() == boolean.class || option.type() == Boolean.class) {
      return config.flag(section, key).map(String::valueOf);
    }
    if (option.type() == Path.class) {
      return config.path(section, key).map(Path::toString);
    }
    return config.text(section, key);
  }

  /** {@code FORMAT=FILE} with FILE relative to the config file's folder, as every path in it is. */
  private String formatRelativeToFile(String entry, String section) throws ConfigException {
    ReportTarget target;
    try {
      target = ReportTarget.parse(entry, config.baseDir());
    } catch (IllegalArgumentException e) {
      throw new ConfigException("'" + FORMAT + "': " + e.getMessage(), config.optionLocation(section, FORMAT).orElseThrow());
    }
    return target.file().map(f -> target.format().id() + "=" + f).orElse(entry);
  }

  private static boolean unsplit(OptionSpec option) {
    return option.splitRegex().isEmpty() && List.class.isAssignableFrom(option.type());
  }

  /**
   * Sets the lists the file gives options that take one value per occurrence ({@code verify
   * --header}): picocli would read a default for them as one value, so each item is set here,
   * after parsing, for the options the command line did not give.
   */
  void applyLists(ParseResult parsed) {
    for (ParseResult r = parsed; r != null; r = r.subcommand()) {
      for (OptionSpec option : r.commandSpec().options()) {
        if (option.isMultiValue() && unsplit(option) && !r.hasMatchedOption(option)) {
          String section = section(r.commandSpec());
          try {
            config.list(section, key(option)).ifPresent(items -> option.setValue(new ArrayList<>(items)));
          } catch (ConfigException e) {
            throw new IllegalStateException("checked before parsing: " + e.getMessage(), e);
          }
        }
      }
    }
  }

  /** Where the file gave the value of {@code arg}, when this run took it from the file. */
  Optional<Location> suppliedAt(ArgSpec arg) {
    return Optional.ofNullable(arg == null ? null : supplied.get(arg));
  }

  static String key(OptionSpec option) {
    return option.longestName().replaceFirst("^-+", "");
  }

  /** The top-level subcommand a command belongs to: its section in the file. */
  static String section(CommandSpec command) {
    CommandSpec c = command;
    while (c.parent() != null && c.parent().parent() != null) {
      c = c.parent();
    }
    return c.parent() == null ? null : c.name();
  }

  /**
   * Checks that every key of the file is known: at the top level the shared options and the
   * command names; in a command's section the long option names of that command and its
   * subcommands, plus the structured settings the command declares. Every option's value must
   * have the option's shape (one value, a list, true or false), so none is silently ignored.
   */
  static void check(CharterConfig config, CommandSpec top) throws ConfigException {
    Set<String> topKeys = new TreeSet<>(CharterConfig.SHARED_OPTIONS);
    topKeys.addAll(top.subcommands().keySet());
    config.checkKeys("", topKeys);
    Iterator<String> names = config.root().fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      CommandLine sub = top.subcommands().get(name);
      if (sub == null) {
        continue;
      }
      Set<String> allowed = new TreeSet<>();
      collect(sub.getCommandSpec(), allowed);
      config.checkKeys("/" + name, allowed);
    }
    // Every command, whether or not it has a section: the shared options at the top apply to each.
    ConfigDefaults reader = new ConfigDefaults(config);
    for (Map.Entry<String, CommandLine> sub : top.subcommands().entrySet()) {
      reader.checkValues(sub.getValue().getCommandSpec(), sub.getKey());
    }
  }

  private void checkValues(CommandSpec spec, String section) throws ConfigException {
    for (OptionSpec o : spec.options()) {
      if (o.usageHelp() || o.versionHelp()) {
        continue;
      }
      if (unsplit(o)) {
        config.list(section, key(o));
      } else {
        value(o, section, key(o));
      }
    }
    for (CommandLine sub : spec.subcommands().values()) {
      checkValues(sub.getCommandSpec(), section);
    }
  }

  private static void collect(CommandSpec spec, Set<String> allowed) {
    for (OptionSpec o : spec.options()) {
      if (!o.usageHelp() && !o.versionHelp()) {
        allowed.add(key(o));
      }
    }
    if (spec.userObject() instanceof ConfigSection s) {
      allowed.addAll(s.structuredKeys());
    }
    for (CommandLine sub : spec.subcommands().values()) {
      collect(sub.getCommandSpec(), allowed);
    }
  }
}
