package dev.charter.core.spec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the specs in a folder: YAML and JSON files whose top level declares {@code openapi},
 * {@code swagger} or {@code asyncapi}. Files that are only {@code $ref} targets (fragments) are
 * left out, as are build output and dependency folders.
 */
public final class SpecFinder {
  private static final Set<String> SKIPPED_DIRS = Set.of(".git", "target", "node_modules", "build", ".idea", ".gradle");
  private static final Pattern YAML_DECLARATION =
      Pattern.compile("(?m)^(openapi|swagger|asyncapi)\\s*:");
  private static final Pattern JSON_DECLARATION =
      Pattern.compile("\"(openapi|swagger|asyncapi)\"\\s*:");
  private static final int SNIFF_BYTES = 64 * 1024;

  private SpecFinder() {}

  public static List<Path> find(Path dir) throws IOException {
    List<Path> found = new ArrayList<>();
    Files.walkFileTree(dir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
        return !d.equals(dir) && SKIPPED_DIRS.contains(String.valueOf(d.getFileName()))
            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
        if (attrs.isRegularFile() && isSpec(f)) {
          found.add(f);
        }
        return FileVisitResult.CONTINUE;
      }
    });
    found.sort(null);
    return found;
  }

  /** Whether {@code file} looks like a spec by its name and the start of its content. */
  public static boolean isSpec(Path file) throws IOException {
    if (!hasSpecExtension(String.valueOf(file.getFileName()))) {
      return false;
    }
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(SNIFF_BYTES);
    }
    return isSpec(String.valueOf(file.getFileName()), head);
  }

  /** Whether content named {@code name} (a staged file, say) looks like a spec. */
  public static boolean isSpec(String name, byte[] content) {
    if (!hasSpecExtension(name)) {
      return false;
    }
    String text = new String(content, 0, Math.min(content.length, SNIFF_BYTES), StandardCharsets.UTF_8);
    if (name.toLowerCase(Locale.ROOT).endsWith(".json") || text.stripLeading().startsWith("{")) {
      return JSON_DECLARATION.matcher(text).find();
    }
    return YAML_DECLARATION.matcher(text).find();
  }

  private static boolean hasSpecExtension(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".json") || n.endsWith(".yaml") || n.endsWith(".yml");
  }
}
