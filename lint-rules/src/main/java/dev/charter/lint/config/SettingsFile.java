package dev.charter.lint.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.core.diag.Location;
import java.nio.file.Path;

/** A file that holds lint settings (a ruleset, or the {@code lint} section of charter.yaml), with positions. */
public interface SettingsFile {
  /** The file's name as findings show it. */
  String name();

  /** Relative paths in the file (globs, extended rulesets) are relative to this folder. */
  Path baseDir();

  JsonNode root();

  /** Where the node at {@code pointer} is written; at its key when it is a member. */
  Location locate(String pointer);

  /** The id of problems in this file: {@code ruleset-error} or {@code config-error}. */
  String errorId();

  default ConfigurationException error(String pointer, String message) {
    return new ConfigurationException(errorId(), message, locate(pointer));
  }
}
