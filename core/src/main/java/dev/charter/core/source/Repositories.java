package dev.charter.core.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finding the git work tree a folder belongs to, without running git. */
public final class Repositories {
  private Repositories() {}

  /** The nearest folder at or above {@code dir} that holds {@code .git} (a folder, or a file for worktrees). */
  public static Optional<Path> top(Path dir) {
    for (Path d = dir.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
      if (Files.exists(d.resolve(".git"))) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }
}
