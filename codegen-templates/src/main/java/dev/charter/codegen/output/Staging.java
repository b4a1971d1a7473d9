package dev.charter.codegen.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The private folder a {@link dev.charter.codegen.FileGenerator} writes into. It lives in the system
 * temporary folder, not beside the output, so a crashed run leaves nothing in the user's tree. Every
 * path is checked ({@link OutputPath}) when written here and again when staged files are collected,
 * since OpenAPI Generator writes into {@link #root()} directly.
 */
public final class Staging implements AutoCloseable {
  private final Path root;
  /** Files put here from the output folder for generators to read, with their content then. */
  private final java.util.Map<OutputPath, byte[]> seeds = new java.util.HashMap<>();

  private Staging(Path root) {
    this.root = root;
  }

  public static Staging create() throws IOException {
    return new Staging(Files.createTempDirectory("charter-generate-").toRealPath());
  }

  /** The folder itself, for generators that write files on their own. */
  public Path root() {
    return root;
  }

  public void write(OutputPath path, byte[] content) throws IOException {
    Path target = resolve(path);
    Files.createDirectories(target.getParent());
    Files.write(target, content);
  }

  public void write(String path, String content) throws IOException {
    write(OutputPath.of(path), content.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Puts an existing file of the output folder here for a generator to see. It is left out of
   * {@link #files()} unless the generator changed it.
   */
  public void seed(OutputPath path, byte[] content) throws IOException {
    write(path, content);
    seeds.put(path, content.clone());
  }

  public Path resolve(OutputPath path) {
    Path target = root.resolve(path.value()).normalize();
    if (!target.startsWith(root) || target.equals(root)) {
      throw new IllegalArgumentException("unsafe output path '" + path + "'");
    }
    return target;
  }

  /**
   * Every regular file in the folder, sorted. A symbolic link or another special file here means a
   * generator did something charter does not allow; it is reported, not followed.
   */
  public List<Staged> files() throws IOException {
    List<Staged> out = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        String relative = relative(file);
        if (!attrs.isRegularFile()) {
          refused.add(relative + " (not a regular file)");
          return FileVisitResult.CONTINUE;
        }
        var problem = OutputPath.problem(relative);
        if (problem.isPresent()) {
          refused.add("'" + OutputPath.printable(relative) + "' (" + problem.get() + ")");
        } else {
          OutputPath path = OutputPath.of(relative);
          byte[] seeded = seeds.get(path);
          if (seeded == null || !java.util.Arrays.equals(seeded, readQuietly(file))) {
            out.add(new Staged(path, file));
          }
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        if (!dir.equals(root) && Files.isSymbolicLink(dir)) {
          refused.add(relative(dir) + " (a symbolic link)");
          return FileVisitResult.SKIP_SUBTREE;
        }
        return FileVisitResult.CONTINUE;
      }
    });
    if (!refused.isEmpty()) {
      throw new UnsafeOutputException("the generator produced files charter will not write: "
          + String.join(", ", refused.subList(0, Math.min(5, refused.size())))
          + (refused.size() > 5 ? " and " + (refused.size() - 5) + " more" : ""));
    }
    Collections.sort(out);
    return out;
  }

  private static byte[] readQuietly(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String relative(Path file) {
    return root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
  }

  /** A staged file: where it goes, and where its content is now. */
  public record Staged(OutputPath path, Path source) implements Comparable<Staged> {
    @Override
    public int compareTo(Staged o) {
      return path.compareTo(o.path);
    }

    public byte[] content() {
      try {
        return Files.readAllBytes(source);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Deletes the folder and everything in it. */
  @Override
  public void close() {
    deleteTree(root);
  }

  static void deleteTree(Path dir) {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try {
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Files.deleteIfExists(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
          Files.deleteIfExists(d);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      // A temporary folder that cannot be removed is left to the system's cleaning.
    }
  }
}
