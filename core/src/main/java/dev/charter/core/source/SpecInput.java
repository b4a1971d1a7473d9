package dev.charter.core.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What a user named on the command line: a file, {@code -} for standard input, or {@code REV:path}
 * for a file as it is in a git revision (read without touching the work tree).
 */
public sealed interface SpecInput {

  /** The text the user wrote, used in messages. */
  String display();

  record File(Path path) implements SpecInput {
    public File {
      Objects.requireNonNull(path);
    }

    @Override
    public String display() {
      return path.toString();
    }
  }

  /** Standard input; {@code name} is what to call it in reports ({@code --stdin-name}). */
  record Stdin(String name) implements SpecInput {
    @Override
    public String display() {
      return name;
    }
  }

  /**
   * {@code path} is relative to the repository's top, or to the working directory when it starts
   * with ./ or ../. An empty revision is the index: {@code :path} is the staged version, as in git.
   */
  record GitRevision(String revision, String path) implements SpecInput {
    @Override
    public String display() {
      return revision + ":" + path;
    }
  }

  /**
   * Reads a command-line argument. {@code REV:path} (and {@code :path}, the staged version) is
   * taken as a git revision only when no file of that name exists, so a file whose name contains a
   * colon still works.
   */
  static SpecInput parse(String text, Path workingDir, String stdinName) {
    if (text.equals("-")) {
      return new Stdin(stdinName);
    }
    if (text.length() > 1 && text.charAt(0) == ':' && !Files.exists(workingDir.resolve(safePath(text)))) {
      return new GitRevision("", text.substring(1));
    }
    int colon = text.indexOf(':');
    boolean looksLikeUrl = text.startsWith("http://") || text.startsWith("https://") || text.startsWith("file:");
    boolean windowsDrive = colon == 1 && Character.isLetter(text.charAt(0));
    if (colon > 0 && !looksLikeUrl && !windowsDrive && !Files.exists(workingDir.resolve(safePath(text)))) {
      return new GitRevision(text.substring(0, colon), text.substring(colon + 1));
    }
    return new File(workingDir.resolve(text).normalize());
  }

  private static String safePath(String text) {
    // A name that is not a valid path here (odd characters) cannot be an existing file.
    try {
      Path.of(text);
      return text;
    } catch (RuntimeException e) {
      return ".";
    }
  }
}
