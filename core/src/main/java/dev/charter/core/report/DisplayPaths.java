package dev.charter.core.report;

import dev.charter.core.diag.Location;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns the names diagnostics carry ({@link dev.charter.core.diag.Location#file()}) into the paths
 * reports print. Every reporter goes through this class so that all formats agree.
 *
 * <p>A name is one of:
 *
 * <ul>
 *   <li>a URL ({@code scheme://…} or {@code file:…}): printed as is;
 *   <li>a file path, normally absolute;
 *   <li>{@code REV:path}, a file read from a git revision, where {@code path} is relative to the
 *       repository's top (or to the working directory when it starts with {@code ./} or {@code ../});
 *   <li>anything else, such as {@code <stdin>} or a {@code --stdin-name}: printed as is.
 * </ul>
 *
 * <p>Two views exist. {@link #display(String)} is for people (stylish, Markdown, charter's JSON):
 * relative to the working directory when inside it, {@code REV:path} kept so the revision stays
 * visible. {@link #artifact(String)} is for tools that map findings onto files of a checkout
 * (SARIF, GitHub, GitLab, JUnit): relative to the repository root when inside it, else to the
 * working directory, else absolute, and {@code REV:path} becomes {@code path}. Both always use
 * {@code /} as separator so that output does not depend on the operating system.
 */
public final class DisplayPaths {

  /** How an {@link Artifact} path is to be read. */
  public enum Base {
    /** Relative to the repository root. */
    REPOSITORY,
    /** Relative to the working directory (the file is outside the repository, or there is none). */
    WORKING_DIR,
    /** An absolute path: the file lies outside both. */
    ABSOLUTE,
    /** A URL, printed as given. */
    URL,
    /** Not a file at all ({@code <stdin>}): printed as given. */
    NONE
  }

  /** A name as a machine format should print it. {@code path} uses {@code /} separators. */
  public record Artifact(Base base, String path) {
    public Artifact {
      Objects.requireNonNull(base);
      Objects.requireNonNull(path);
    }

    /** True for a file on disk (in the repository, the working directory or elsewhere), not a URL or stdin. */
    public boolean isLocalFile() {
      return base == Base.REPOSITORY || base == Base.WORKING_DIR || base == Base.ABSOLUTE;
    }
  }

  private static final Pattern URL = Pattern.compile("^(?:[A-Za-z][A-Za-z0-9+.-]*://|file:).*", Pattern.DOTALL);
  private static final Pattern WINDOWS_ABSOLUTE = Pattern.compile("^(?:[A-Za-z]:[\\\\/]|\\\\\\\\).*", Pattern.DOTALL);

  private final Path workingDir;
  private final Optional<Path> repositoryRoot;

  private DisplayPaths(Path workingDir, Optional<Path> repositoryRoot) {
    this.workingDir = workingDir.toAbsolutePath().normalize();
    this.repositoryRoot = repositoryRoot.map(p -> p.toAbsolutePath().normalize());
  }

  public static DisplayPaths of(ReportContext context) {
    return new DisplayPaths(context.workingDir(), context.repositoryRoot());
  }

  /** Display paths relative to {@code workingDir}, for messages (no repository root is needed). */
  public static DisplayPaths of(Path workingDir) {
    return new DisplayPaths(workingDir, Optional.empty());
  }

  private enum Kind { URL, PATH, GIT, OTHER }

  private static Kind kind(String file) {
    if (URL.matcher(file).matches()) {
      return Kind.URL;
    }
    if (file.startsWith("/") || WINDOWS_ABSOLUTE.matcher(file).matches()) {
      return Kind.PATH;
    }
    if (file.isEmpty() || file.startsWith("<")) {
      return Kind.OTHER;
    }
    int colon = file.indexOf(':');
    if (colon > 0 && colon < file.length() - 1) {
      return Kind.GIT;
    }
    return colon < 0 ? Kind.PATH : Kind.OTHER;
  }

  /** The name as people see it: relative to the working directory when the file is inside it. */
  public String display(String file) {
    if (kind(file) != Kind.PATH) {
      return file;
    }
    Optional<Path> p = toPath(file);
    if (p.isEmpty()) {
      return file;
    }
    Path abs = workingDir.resolve(p.get()).normalize();
    if (abs.startsWith(workingDir)) {
      return slashes(workingDir.relativize(abs));
    }
    return slashes(abs);
  }

  /** The name as a machine format should print it, with what it is relative to. */
  public Artifact artifact(String file) {
    switch (kind(file)) {
      case URL:
        return new Artifact(Base.URL, file);
      case OTHER:
        return new Artifact(Base.NONE, file);
      case GIT: {
        String path = file.substring(file.indexOf(':') + 1);
        if (path.startsWith("./") || path.startsWith("../") || path.equals(".") || path.equals("..")) {
          return local(path, file);
        }
        String clean = path.replace('\\', '/');
        while (clean.startsWith("/")) {
          clean = clean.substring(1);
        }
        return new Artifact(Base.REPOSITORY, clean.isEmpty() ? "." : clean);
      }
      default:
        return local(file, file);
    }
  }

  /** {@code path:line:col} with the artifact path, leaving out what is unknown. */
  public String artifactPosition(Location location) {
    String file = artifactPath(location.file());
    if (!location.hasPosition()) {
      return file;
    }
    return location.column() > 0 ? file + ":" + location.line() + ":" + location.column() : file + ":" + location.line();
  }

  /** The artifact path alone, for formats that print just a path. */
  public String artifactPath(String file) {
    return artifact(file).path();
  }

  /**
   * The absolute path of a local artifact ({@link Artifact#isLocalFile()}), with {@code /} separators.
   *
   * @throws IllegalArgumentException for a URL or a non-file name
   */
  public String absolute(Artifact artifact) {
    return switch (artifact.base()) {
      case ABSOLUTE -> artifact.path();
      case WORKING_DIR -> slashes(workingDir.resolve(artifact.path()).normalize());
      case REPOSITORY -> slashes(repositoryRoot.orElse(workingDir).resolve(artifact.path()).normalize());
      case URL, NONE -> throw new IllegalArgumentException("not a local file: " + artifact.path());
    };
  }

  /** True when a repository root is known. */
  public boolean hasRepositoryRoot() {
    return repositoryRoot.isPresent();
  }

  private Artifact local(String path, String original) {
    Optional<Path> p = toPath(path);
    return p.isEmpty() ? new Artifact(Base.NONE, original) : local(workingDir.resolve(p.get()).normalize());
  }

  private Artifact local(Path abs) {
    if (repositoryRoot.isPresent() && abs.startsWith(repositoryRoot.get())) {
      return new Artifact(Base.REPOSITORY, slashes(repositoryRoot.get().relativize(abs)));
    }
    if (abs.startsWith(workingDir)) {
      return new Artifact(Base.WORKING_DIR, slashes(workingDir.relativize(abs)));
    }
    return new Artifact(Base.ABSOLUTE, slashes(abs));
  }

  private static Optional<Path> toPath(String file) {
    try {
      return Optional.of(Path.of(file));
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }

  private static String slashes(Path p) {
    String s = p.toString().replace('\\', '/');
    return s.isEmpty() ? "." : s;
  }
}
