package dev.charter.lint.config;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.PatternSyntaxException;

/**
 * Which findings a scoped setting covers: files matching a glob (relative to the folder of the file
 * that holds the setting, or by name alone when the glob has no {@code /}, as Spectral's overrides
 * match), and optionally only the subtree at a JSON pointer ({@code api.yaml#/paths/~1legacy}).
 */
public record FileScope(String glob, Path baseDir, Optional<String> pointer) {

  /**
   * Parses {@code glob} or {@code glob#/pointer}.
   *
   * @throws IllegalArgumentException for a glob Java cannot read or a pointer not starting with {@code /}
   */
  public static FileScope parse(String text, Path baseDir) {
    int hash = text.indexOf('#');
    String glob = hash < 0 ? text : text.substring(0, hash);
    Optional<String> pointer = hash < 0 ? Optional.empty() : Optional.of(text.substring(hash + 1));
    if (pointer.isPresent() && !pointer.get().isEmpty() && !pointer.get().startsWith("/")) {
      throw new IllegalArgumentException("'" + text + "': the JSON pointer after '#' must start with '/'");
    }
    String g = glob.startsWith("./") ? glob.substring(2) : glob;
    for (String variant : zeroFolders(g)) {
      try {
        FileSystems.getDefault().getPathMatcher("glob:" + variant);
      } catch (PatternSyntaxException e) {
        // Checked here, so that a bad glob is a mistake in the file that holds it, not a failure mid-lint.
        throw new IllegalArgumentException("invalid glob '" + glob + "': " + e.getDescription().toLowerCase(Locale.ROOT));
      }
    }
    return new FileScope(glob, baseDir, pointer);
  }

  public boolean matchesFile(String file) {
    Path p;
    try {
      p = Path.of(file).toAbsolutePath().normalize();
    } catch (RuntimeException e) {
      return false;
    }
    String g = glob.startsWith("./") ? glob.substring(2) : glob;
    if (!g.contains("/")) {
      PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + g);
      return p.getFileName() != null && m.matches(p.getFileName());
    }
    Path base = baseDir.toAbsolutePath().normalize();
    if (!p.startsWith(base)) {
      return false;
    }
    Path relative = base.relativize(p);
    for (String variant : zeroFolders(g)) {
      if (FileSystems.getDefault().getPathMatcher("glob:" + variant).matches(relative)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The glob and its forms with any {@code **}{@code /} matching no folder at all, as in Spectral's
   * globs: {@code legacy/**}{@code /*.yaml} covers {@code legacy/x.yaml}, {@code **}{@code /x.yaml}
   * covers {@code x.yaml}. Java's glob needs a folder there.
   */
  private static java.util.Set<String> zeroFolders(String glob) {
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    out.add(glob);
    for (int i = glob.indexOf("**/"); i >= 0; i = glob.indexOf("**/", i + 1)) {
      if (i == 0 || glob.charAt(i - 1) == '/') {
        for (String rest : zeroFolders(glob.substring(i + 3))) {
          out.add(glob.substring(0, i) + rest);
        }
      }
    }
    return out;
  }

  /** Whether a finding at {@code findingPointer} of a matching file is covered. */
  public boolean matchesPointer(String findingPointer) {
    if (pointer.isEmpty()) {
      return true;
    }
    String p = pointer.get();
    return p.isEmpty() || findingPointer.equals(p) || findingPointer.startsWith(p + "/");
  }
}
