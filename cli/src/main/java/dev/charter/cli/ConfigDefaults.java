package dev.charter.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.core.config.CharterConfig;
import dev.charter.core.config.ConfigException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Supplies option defaults from {@code charter.yaml}: the value of {@code --fail-on} for {@code
 * charter lint} comes from {@code lint: {fail-on: …}}, and the input options shared by every
 * command ({@code root}, {@code allow-remote-refs}, …) may also be given at the top level. Paths are
 * relative to the config file's folder.
 */
final class ConfigDefaults implements CommandLine.IDefaultValueProvider {
  private final CharterConfig config;

  ConfigDefaults(CharterConfig config) {
    this.config = config;
  }

  @Override
  public String defaultValue(ArgSpec arg) {
    if (!(arg instanceof OptionSpec option) || arg.command() == null) {
      return null;
    }
    JsonNode value = config.option(section(arg.command()), key(option)).orElse(null);
    if (value == null) {
      return null;
    }
    String text = text(value);
    if (text != null && (arg.type() == Path.class)) {
      return config.baseDir().resolve(text).normalize().toString();
    }
    return text;
  }

  private static String text(JsonNode value) {
    if (value.isArray()) {
      List<String> parts = new ArrayList<>();
      value.forEach(v -> parts.add(v.asText()));
      return String.join(",", parts);
    }
    if (value.isContainerNode()) {
      return null;
    }
    return value.asText();
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
   * subcommands, plus the structured settings the command declares.
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
