package dev.charter.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.charter.core.diag.Location;
import dev.charter.core.parse.JsonPointers;
import dev.charter.core.parse.NodeSpan;
import dev.charter.core.parse.ParseFailure;
import dev.charter.core.parse.ParseLimits;
import dev.charter.core.parse.ParsedTree;
import dev.charter.core.parse.SourceMap;
import dev.charter.core.parse.TreeReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code charter.yaml}: defaults for every command, found from the working directory up to the top
 * of the repository. Top-level keys hold defaults shared by all commands ({@code root}, {@code
 * allow-remote-refs}, …); a section per command ({@code validate:}, {@code lint:}, {@code diff:}
 * …) holds that command's defaults under the names of its long options, plus structured settings
 * a feature module reads itself (a lint ruleset, say). Every key is checked: an unknown one is an
 * error naming the key and its line.
 */
public final class CharterConfig {
  public static final List<String> FILE_NAMES = List.of("charter.yaml", "charter.yml", ".charter.yaml");
  /** Options every command that reads specs has; they may be set once at the top of the file. */
  public static final Set<String> SHARED_OPTIONS = Set.of("root", "allow-outside-root", "allow-remote-refs", "max-size");
  private static final ParseLimits LIMITS = ParseLimits.DEFAULT.withMaxBytes(4L * 1024 * 1024);

  private final Path file;
  private final JsonNode root;
  private final SourceMap sourceMap;

  private CharterConfig(Path file, JsonNode root, SourceMap sourceMap) {
    this.file = file;
    this.root = root;
    this.sourceMap = sourceMap;
  }

  public static CharterConfig empty() {
    JsonNode root = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    return new CharterConfig(null, root, SourceMap.empty(root));
  }

  /**
   * The nearest config file in {@code dir} or above it, stopping at the top of the git repository
   * (the folder holding {@code .git}) so a checkout never picks up a file from outside it.
   */
  public static Optional<Path> find(Path dir) {
    for (Path d = dir.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
      for (String name : FILE_NAMES) {
        Path candidate = d.resolve(name);
        if (Files.isRegularFile(candidate)) {
          return Optional.of(candidate);
        }
      }
      if (Files.exists(d.resolve(".git"))) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  public static CharterConfig load(Path file) throws ConfigException {
    Path abs = file.toAbsolutePath().normalize();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(abs);
    } catch (IOException e) {
      throw new ConfigException("cannot read config file " + abs + ": " + describe(e), Location.ofFile(abs.toString()), e);
    }
    ParsedTree tree;
    try {
      // A config file with nothing but comments (a freshly made one) sets nothing: not an error.
      tree = new TreeReader(LIMITS).read(abs.toString(), holdsNoSettings(bytes) ? "{}".getBytes() : bytes);
    } catch (ParseFailure f) {
      throw new ConfigException(f.getMessage(),
          new Location(abs.toString(), "", f.position().line(), f.position().column(), 0, 0), f);
    }
    if (!tree.root().isObject()) {
      throw new ConfigException("a charter config file must be a mapping of settings",
          new Location(abs.toString(), "", 1, 1, 0, 0));
    }
    if (!tree.duplicateKeys().isEmpty()) {
      var d = tree.duplicateKeys().get(0);
      throw new ConfigException("setting '" + d.key() + "' is given twice (first at line " + d.first().line() + ")",
          new Location(abs.toString(), d.pointer(), d.second().line(), d.second().column(), 0, 0));
    }
    return new CharterConfig(abs, tree.root(), tree.sourceMap());
  }

  private static boolean holdsNoSettings(byte[] bytes) {
    for (String line : new String(bytes, java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
      String t = line.strip();
      if (!t.isEmpty() && !t.startsWith("#") && !t.equals("---") && !t.equals("\uFEFF")) {
        return false;
      }
    }
    return true;
  }

  private static String describe(IOException e) {
    return e instanceof java.nio.file.NoSuchFileException ? "it does not exist" : String.valueOf(e.getMessage());
  }

  public Optional<Path> file() {
    return Optional.ofNullable(file);
  }

  /** The folder relative paths in this file are relative to: its own folder. */
  public Path baseDir() {
    return file == null ? Path.of("").toAbsolutePath() : file.getParent();
  }

  public JsonNode root() {
    return root;
  }

  /** The node at a JSON pointer ({@code /lint/rules}), or a missing node. */
  public JsonNode at(String pointer) {
    JsonNode n = root.at(pointer);
    return n == null ? MissingNode.getInstance() : n;
  }

  /**
   * The value this file gives option {@code name} (a long option name without dashes, {@code
   * fail-on}) of command {@code section} ({@code lint}): from that section, or for one of the {@link
   * #SHARED_OPTIONS} from the top level when the section does not set it. Empty when unset or null.
   * Relative paths in the value are relative to {@link #baseDir()}.
   */
  public Optional<JsonNode> option(String section, String name) {
    return optionPointer(section, name).map(this::at);
  }

  /** Where this file sets option {@code name} of command {@code section}, as {@link #option} finds it. */
  public Optional<Location> optionLocation(String section, String name) {
    return optionPointer(section, name).map(this::locate);
  }

  private Optional<String> optionPointer(String section, String name) {
    if (section != null && isSet(at("/" + section + "/" + name))) {
      return Optional.of("/" + section + "/" + name);
    }
    if (SHARED_OPTIONS.contains(name) && isSet(at("/" + name))) {
      return Optional.of("/" + name);
    }
    return Optional.empty();
  }

  private static boolean isSet(JsonNode n) {
    return !n.isMissingNode() && !n.isNull();
  }

  /**
   * An option that takes one value (text, a number or a boolean), as text.
   *
   * @throws ConfigException when the file gives a list or a mapping
   */
  public Optional<String> text(String section, String name) throws ConfigException {
    Optional<JsonNode> value = option(section, name);
    if (value.isPresent() && !value.get().isValueNode()) {
      throw wrongType(section, name, "takes one value, not " + kind(value.get()));
    }
    return value.map(JsonNode::asText);
  }

  /**
   * A yes/no option: {@code true} or {@code false}.
   *
   * @throws ConfigException for anything else
   */
  public Optional<Boolean> flag(String section, String name) throws ConfigException {
    Optional<JsonNode> value = option(section, name);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    JsonNode v = value.get();
    if (v.isBoolean()) {
      return Optional.of(v.booleanValue());
    }
    if (v.isTextual() && (v.asText().equalsIgnoreCase("true") || v.asText().equalsIgnoreCase("false"))) {
      return Optional.of(Boolean.parseBoolean(v.asText()));
    }
    throw wrongType(section, name, "must be true or false, not " + (v.isValueNode() ? "'" + v.asText() + "'" : kind(v)));
  }

  /**
   * An option that takes several values: a list of values, or one value whose comma-separated parts
   * are the values.
   *
   * @throws ConfigException for a mapping, or a list that holds lists or mappings
   */
  public Optional<List<String>> list(String section, String name) throws ConfigException {
    Optional<JsonNode> value = option(section, name);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    List<String> out = new ArrayList<>();
    JsonNode v = value.get();
    if (v.isArray()) {
      for (JsonNode item : v) {
        if (!item.isValueNode() || item.isNull()) {
          throw wrongType(section, name, "must be a list of values, but holds " + kind(item));
        }
        out.add(item.asText());
      }
    } else if (v.isValueNode()) {
      for (String part : v.asText().split(",")) {
        if (!part.isBlank()) {
          out.add(part.trim());
        }
      }
    } else {
      throw wrongType(section, name, "must be a value or a list of values, not " + kind(v));
    }
    return Optional.of(out);
  }

  /**
   * An option whose value is a path, relative to this file's folder.
   *
   * @throws ConfigException when the file gives a list or a mapping
   */
  public Optional<Path> path(String section, String name) throws ConfigException {
    Optional<String> text = text(section, name);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(baseDir().resolve(text.get()).normalize());
    } catch (java.nio.file.InvalidPathException e) {
      throw wrongType(section, name, "is not a path: " + e.getReason());
    }
  }

  private ConfigException wrongType(String section, String name, String problem) {
    return new ConfigException("'" + name + "' " + problem, optionLocation(section, name).orElseGet(() -> locate("")));
  }

  private static String kind(JsonNode n) {
    return n.isArray() ? "a list" : n.isObject() ? "a mapping" : n.isNull() ? "null" : "'" + n.asText() + "'";
  }

  public Optional<JsonNode> section(String name) {
    JsonNode n = root.get(name);
    return n == null || n.isNull() ? Optional.empty() : Optional.of(n);
  }

  /** Where the node at {@code pointer} is written; at its key when it is a member. */
  public Location locate(String pointer) {
    String name = file == null ? "<defaults>" : file.toString();
    NodeSpan span = sourceMap.closestSpan(pointer);
    return new Location(name, pointer, span.head().line(), span.head().column(), span.end().line(), span.end().column());
  }

  /**
   * Fails on the first key of the object at {@code pointer} that is not in {@code allowed}, naming
   * it, its line, and the keys that are allowed there. Nothing happens when the object is absent.
   */
  public void checkKeys(String pointer, Collection<String> allowed) throws ConfigException {
    JsonNode node = at(pointer);
    if (node.isMissingNode() || node.isNull()) {
      return;
    }
    if (!node.isObject()) {
      throw new ConfigException("'" + (pointer.isEmpty() ? "config" : JsonPointers.last(pointer))
          + "' must be a mapping of settings", locate(pointer));
    }
    List<String> unknown = new ArrayList<>();
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String key = names.next();
      if (!allowed.contains(key)) {
        unknown.add(key);
      }
    }
    if (!unknown.isEmpty()) {
      String key = unknown.get(0);
      String where = pointer.isEmpty() ? "at the top level" : "in '" + pointer.substring(1).replace('/', '.') + "'";
      List<String> close = dev.charter.core.diag.CloseNames.closest(key.replace('_', '-'), allowed, 1);
      String hint = close.isEmpty() ? "" : "did you mean '" + close.get(0) + "'? ";
      throw new ConfigException("unknown setting '" + key + "' " + where + " (" + hint + "known: "
          + String.join(", ", new TreeSet<>(allowed)) + ")", locate(JsonPointers.append(pointer, key)));
    }
  }
}
