package dev.charter.mock;

import dev.charter.core.spec.LoadOptions;
import dev.charter.core.spec.SpecDocument;
import dev.charter.core.spec.SpecLoadException;
import dev.charter.core.spec.SpecLoader;
import java.nio.file.Path;
import java.util.Objects;

/** Where the mock's spec comes from, so that it can be loaded again ({@code --watch}, {@code reload()}). */
public interface SpecSource {

  SpecDocument load() throws SpecLoadException;

  /** How messages name the source. */
  String describe();

  /** Whether {@link #load()} can give something new (a file can change; a loaded document cannot). */
  default boolean reloadable() {
    return true;
  }

  /** A spec file (and the files its references reach), read with {@code options}. */
  static SpecSource file(Path file, LoadOptions options) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(options, "options");
    return new SpecSource() {
      @Override
      public SpecDocument load() throws SpecLoadException {
        return new SpecLoader(options).load(file);
      }

      @Override
      public String describe() {
        return file.toString();
      }
    };
  }

  /** A spec file read with the default options, relative references resolved from its own folder. */
  static SpecSource file(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path dir = absolute.getParent() == null ? absolute : absolute.getParent();
    return file(absolute, LoadOptions.defaults().withWorkingDir(dir));
  }

  /** A spec already loaded; reloading gives it again. */
  static SpecSource of(SpecDocument document) {
    Objects.requireNonNull(document, "document");
    return new SpecSource() {
      @Override
      public SpecDocument load() {
        return document;
      }

      @Override
      public String describe() {
        return document.root().name();
      }

      @Override
      public boolean reloadable() {
        return false;
      }
    };
  }
}
