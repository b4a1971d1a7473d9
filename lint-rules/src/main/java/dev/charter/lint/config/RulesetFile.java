package dev.charter.lint.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.core.diag.Location;
import dev.charter.core.parse.NodeSpan;
import dev.charter.core.parse.ParseFailure;
import dev.charter.core.parse.ParseLimits;
import dev.charter.core.parse.ParsedTree;
import dev.charter.core.parse.TreeReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** A Spectral ruleset file, parsed with positions. */
final class RulesetFile implements SettingsFile {
  private static final ParseLimits LIMITS = ParseLimits.DEFAULT.withMaxBytes(8L * 1024 * 1024);

  private final Path path;
  private final ParsedTree tree;

  private RulesetFile(Path path, ParsedTree tree) {
    this.path = path;
    this.tree = tree;
  }

  static RulesetFile read(Path file, Location referencedFrom) throws ConfigurationException {
    Path abs = file.toAbsolutePath().normalize();
    String name = abs.toString().toLowerCase(java.util.Locale.ROOT);
    if (name.endsWith(".js") || name.endsWith(".mjs") || name.endsWith(".cjs") || name.endsWith(".ts")) {
      throw new ConfigurationException(ConfigurationException.RULESET_ERROR, "ruleset " + abs
          + " is JavaScript, which charter cannot run; write it as YAML or JSON (rules using only core functions carry over as they are)",
          referencedFrom == null ? Location.ofFile(abs.toString()) : referencedFrom);
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(abs);
    } catch (NoSuchFileException e) {
      throw new ConfigurationException(ConfigurationException.RULESET_ERROR, "ruleset " + abs + " does not exist",
          referencedFrom == null ? Location.ofFile(abs.toString()) : referencedFrom);
    } catch (IOException e) {
      throw new ConfigurationException(ConfigurationException.RULESET_ERROR, "cannot read ruleset " + abs + ": " + e.getMessage(),
          referencedFrom == null ? Location.ofFile(abs.toString()) : referencedFrom);
    }
    ParsedTree tree;
    try {
      tree = new TreeReader(LIMITS).read(abs.toString(), bytes);
    } catch (ParseFailure f) {
      throw new ConfigurationException(ConfigurationException.RULESET_ERROR, f.getMessage(),
          new Location(abs.toString(), "", f.position().line(), f.position().column(), 0, 0));
    }
    RulesetFile rf = new RulesetFile(abs, tree);
    if (!tree.root().isObject()) {
      throw rf.error("", "a ruleset must be a mapping with keys such as extends and rules");
    }
    if (!tree.duplicateKeys().isEmpty()) {
      var d = tree.duplicateKeys().get(0);
      throw new ConfigurationException(ConfigurationException.RULESET_ERROR,
          "'" + d.key() + "' is given twice (first at line " + d.first().line() + ")",
          new Location(abs.toString(), d.pointer(), d.second().line(), d.second().column(), 0, 0));
    }
    return rf;
  }

  Path path() {
    return path;
  }

  @Override
  public String name() {
    return path.toString();
  }

  @Override
  public Path baseDir() {
    return path.getParent();
  }

  @Override
  public JsonNode root() {
    return tree.root();
  }

  @Override
  public Location locate(String pointer) {
    NodeSpan span = tree.sourceMap().closestSpan(pointer);
    return new Location(path.toString(), pointer, span.head().line(), span.head().column(), span.end().line(),
        span.end().column());
  }

  @Override
  public String errorId() {
    return ConfigurationException.RULESET_ERROR;
  }
}
