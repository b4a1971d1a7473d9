package dev.charter.lint.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.core.config.CharterConfig;
import dev.charter.core.diag.Location;
import java.nio.file.Path;

/** The {@code lint} section of charter.yaml, as a settings file. */
final class CharterSection implements SettingsFile {
  private final CharterConfig config;

  CharterSection(CharterConfig config) {
    this.config = config;
  }

  @Override
  public String name() {
    return config.file().map(Path::toString).orElse("<defaults>");
  }

  @Override
  public Path baseDir() {
    return config.baseDir();
  }

  @Override
  public JsonNode root() {
    return config.at("/lint");
  }

  @Override
  public Location locate(String pointer) {
    return config.locate("/lint" + pointer);
  }

  @Override
  public String errorId() {
    return ConfigurationException.CONFIG_ERROR;
  }
}
