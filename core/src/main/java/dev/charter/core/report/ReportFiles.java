package dev.charter.core.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes rendered reports to files. Every adapter (the command line, the Maven plugin) writes
 * through here, so a report file is the same bytes whichever one wrote it.
 */
public final class ReportFiles {
  private ReportFiles() {}

  /**
   * Writes {@code content} as UTF-8 to a temporary file beside {@code file} and renames it into
   * place, so a reader (a CI step, a code-scanning upload) never sees half a report, and a run that
   * fails midway leaves the previous report as it was. A symbolic link, a device or a pipe
   * ({@code /dev/stdout}, {@code /dev/null}, a shell's {@code >(…)}) is written through instead:
   * renaming over it would replace it with a plain file (and with enough rights, {@code /dev/null}).
   */
  public static void write(Path file, String content) throws IOException {
    if (Files.isDirectory(file)) {
      throw new IOException(file + " is a folder");
    }
    if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      Files.writeString(file, content, StandardCharsets.UTF_8);
      return;
    }
    Path dir = file.toAbsolutePath().getParent();
    Path tmp;
    try {
      Files.createDirectories(dir);
      tmp = createSibling(dir, "." + file.getFileName() + ".");
    } catch (FileAlreadyExistsException e) {
      // The JDK's message is the bare path, which does not say what is wrong with it.
      throw new IOException(e.getFile() + " is not a folder", e);
    } catch (AccessDeniedException e) {
      throw new IOException("permission denied to create " + e.getFile(), e);
    }
    try {
      Files.writeString(tmp, content, StandardCharsets.UTF_8);
      try {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * A new empty file in {@code dir}, created as any file is (the umask decides who may read it):
   * {@link Files#createTempFile} would make it, and so the report renamed from it, readable by its
   * owner only, which a CI step running as another user cannot upload.
   */
  private static Path createSibling(Path dir, String prefix) throws IOException {
    for (int attempt = 0; ; attempt++) {
      Path tmp = dir.resolve(prefix + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
      try {
        return Files.createFile(tmp);
      } catch (FileAlreadyExistsException e) {
        if (attempt == 9) {
          throw e;
        }
      }
    }
  }
}
