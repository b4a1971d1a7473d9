package dev.charter.codegen.output;

import dev.charter.codegen.output.OutputFile.Status;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Moves staged files into the output folder under charter's safety rules:
 *
 * <ul>
 *   <li>every path stays inside the folder: checked as text ({@link OutputPath}) and on disk (no
 *       symbolic link on the way, none as the target);
 *   <li>files matching {@code .openapi-generator-ignore} are never written;
 *   <li>an existing file is replaced only when charter wrote it and it is unchanged since ({@link
 *       Manifest}); anything else is a conflict that only {@code --force} overrides;
 *   <li>all or nothing: if any write fails, files already replaced are restored from a backup and
 *       new files and folders removed, so the folder is as it was.
 * </ul>
 *
 * {@link #plan} decides and reads only; {@link #write} carries out a plan. A dry run is a plan
 * without the write.
 */
public final class OutputWriter {

  /** What would happen to each staged file, and the content to write for each. */
  public record Plan(Path outputDir, List<OutputFile> files, Map<OutputPath, Path> sources, Manifest manifest) {
    public Plan {
      files = List.copyOf(files);
      sources = Map.copyOf(sources);
    }

    public List<OutputFile> conflicts() {
      return files.stream().filter(f -> f.status() == Status.CONFLICT).toList();
    }
  }

  /**
   * @param outputDir the folder as the user named it; the plan keeps that name (messages show it),
   *     while files are checked and written where it is on disk ({@link #onDisk})
   */
  public Plan plan(List<Staging.Staged> staged, Path outputDir, boolean force) throws IOException {
    Path named = outputDir.toAbsolutePath().normalize();
    if (Files.exists(named) && !Files.isDirectory(named)) {
      throw new UnsafeOutputException(named + " is not a folder");
    }
    for (Path up = named.getParent(); up != null; up = up.getParent()) {
      // said before anything is written, and by --dry-run too (it listed files it could never create)
      if (Files.exists(up) && !Files.isDirectory(up)) {
        throw new UnsafeOutputException(named + " cannot be a folder: " + up + " is a file");
      }
    }
    Path dir = onDisk(named);
    boolean exists = Files.isDirectory(dir);
    Manifest manifest = exists ? Manifest.read(dir) : Manifest.empty();
    IgnoreRules ignore = exists ? IgnoreRules.of(dir) : IgnoreRules.of(dir.resolve(".charter-none"));
    List<OutputFile> files = new ArrayList<>();
    Map<OutputPath, Path> sources = new LinkedHashMap<>();
    for (Staging.Staged s : staged) {
      OutputPath path = s.path();
      if (path.value().equals(".charter") || path.value().startsWith(".charter/")) {
        throw new UnsafeOutputException("the generator wrote '" + path + "', inside charter's own .charter folder");
      }
      sources.put(path, s.source());
      if (ignore.ignores(path)) {
        files.add(new OutputFile(path, Status.IGNORED, "matches a rule in " + IgnoreRules.FILE_NAME));
        continue;
      }
      Path target = checkedTarget(dir, path);
      if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        files.add(new OutputFile(path, Status.CREATE, ""));
        continue;
      }
      if (Files.mismatch(target, s.source()) == -1) {
        files.add(new OutputFile(path, Status.UNCHANGED, ""));
        continue;
      }
      String conflict = null;
      if (!manifest.lists(path)) {
        conflict = "exists and was not written by charter";
      } else if (manifest.hash(path).isPresent()
          && !manifest.hash(path).get().equals(Manifest.sha256(Files.readAllBytes(target)))) {
        conflict = "was edited since charter wrote it";
      }
      if (conflict == null) {
        files.add(new OutputFile(path, Status.UPDATE, ""));
      } else {
        files.add(new OutputFile(path, force ? Status.OVERWRITE : Status.CONFLICT, conflict));
      }
    }
    return new Plan(named, files, sources, manifest);
  }

  /**
   * Where the folder the user named is on disk. The user chose that folder, so links on the way to
   * it, the folder itself included ({@code -o build} with {@code build} a link to a scratch disk),
   * are followed; nothing below it ever is. A folder that does not exist yet is placed under its
   * nearest existing ancestor, resolved the same way.
   */
  static Path onDisk(Path named) throws IOException {
    Path existing = named;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    return existing == null ? named : existing.toRealPath().resolve(existing.relativize(named));
  }

  /**
   * Where {@code path} lands under {@code dir}, after checking that no existing folder on the way,
   * nor the file itself, is a symbolic link (which could lead outside) or a file.
   */
  private static Path checkedTarget(Path dir, OutputPath path) {
    Path current = dir;
    List<String> segments = path.segments();
    for (int i = 0; i < segments.size(); i++) {
      current = current.resolve(segments.get(i));
      if (Files.isSymbolicLink(current)) {
        throw new UnsafeOutputException("'" + dir.relativize(current) + "' in the output folder is a symbolic link;"
            + " charter does not write through links (needed for " + path + ")");
      }
      boolean last = i == segments.size() - 1;
      if (!last && Files.exists(current, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(current, LinkOption.NOFOLLOW_LINKS)) {
        throw new UnsafeOutputException("'" + dir.relativize(current) + "' is a file, but the generated " + path
            + " needs a folder there");
      }
      if (last && Files.isDirectory(current, LinkOption.NOFOLLOW_LINKS)) {
        throw new UnsafeOutputException("'" + path + "' is a folder, but the generator writes a file there");
      }
    }
    if (!current.normalize().startsWith(dir)) {
      throw new UnsafeOutputException("'" + path + "' would leave the output folder");
    }
    return current;
  }

  /** Carries out {@code plan}: all of it, or (on failure) none of it. Conflicts must be resolved first. */
  public void write(Plan plan) throws IOException {
    if (!plan.conflicts().isEmpty()) {
      throw new IllegalStateException("a plan with conflicts cannot be written");
    }
    Path root = onDisk(plan.outputDir());
    Journal journal = new Journal(root);
    try {
      Map<OutputPath, String> hashes = new LinkedHashMap<>();
      for (OutputFile f : plan.files()) {
        if (f.status() == Status.IGNORED) {
          continue;
        }
        Path source = plan.sources().get(f.path());
        hashes.put(f.path(), Manifest.sha256(Files.readAllBytes(source)));
        if (f.status().writes()) {
          journal.put(f.path().value(), source);
        }
      }
      Manifest next = plan.manifest().with(hashes);
      byte[] rendered = next.render();
      Path manifestFile = root.resolve(Manifest.PATH);
      if (Files.isSymbolicLink(manifestFile) || Files.isSymbolicLink(manifestFile.getParent())) {
        throw new UnsafeOutputException(Manifest.PATH + " is a symbolic link; charter does not write through links");
      }
      if (!Files.isRegularFile(manifestFile, LinkOption.NOFOLLOW_LINKS)
          || !java.util.Arrays.equals(Files.readAllBytes(manifestFile), rendered)) {
        Path tmp = Files.createTempFile("charter-manifest-", ".txt");
        try {
          Files.write(tmp, rendered);
          journal.put(Manifest.PATH, tmp);
        } finally {
          Files.deleteIfExists(tmp);
        }
      }
    } catch (IOException | RuntimeException | Error e) {
      journal.rollBack(e);
      throw e;
    } finally {
      journal.close();
    }
  }

  /** What a write changed, so that it can be undone. */
  private static final class Journal implements AutoCloseable {
    private final Path root;
    private final List<Path> createdDirs = new ArrayList<>();
    private final List<Path> createdFiles = new ArrayList<>();
    private final Map<Path, Path> backups = new LinkedHashMap<>();
    private Path backupDir;

    Journal(Path root) {
      this.root = root;
    }

    void put(String relative, Path source) throws IOException {
      Path target = root.resolve(relative);
      makeDirs(target.getParent());
      boolean existed = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
      if (existed && !backups.containsKey(target)) {
        if (backupDir == null) {
          backupDir = Files.createTempDirectory("charter-backup-");
        }
        Path backup = backupDir.resolve(Integer.toString(backups.size()));
        Files.copy(target, backup, StandardCopyOption.COPY_ATTRIBUTES);
        backups.put(target, backup);
      }
      // Write beside the target, then rename over it: a reader never sees half a file.
      Path tmp = Files.createTempFile(target.getParent(), ".charter-", ".tmp");
      try {
        Files.copy(source, tmp, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        move(tmp, target);
      } finally {
        Files.deleteIfExists(tmp);
      }
      if (!existed) {
        createdFiles.add(target);
      }
    }

    private void makeDirs(Path dir) throws IOException {
      if (Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
        return;
      }
      makeDirs(dir.getParent());
      Files.createDirectory(dir);
      createdDirs.add(dir);
    }

    private static void move(Path from, Path to) throws IOException {
      try {
        Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
      }
    }

    void rollBack(Throwable cause) {
      for (Path f : createdFiles) {
        try {
          Files.deleteIfExists(f);
        } catch (IOException e) {
          cause.addSuppressed(e);
        }
      }
      for (Map.Entry<Path, Path> b : backups.entrySet()) {
        try {
          move(b.getValue(), b.getKey());
        } catch (IOException e) {
          cause.addSuppressed(e);
        }
      }
      for (int i = createdDirs.size() - 1; i >= 0; i--) {
        try {
          Files.deleteIfExists(createdDirs.get(i));
        } catch (IOException e) {
          cause.addSuppressed(e);
        }
      }
    }

    @Override
    public void close() {
      if (backupDir != null) {
        Staging.deleteTree(backupDir);
      }
    }
  }
}
