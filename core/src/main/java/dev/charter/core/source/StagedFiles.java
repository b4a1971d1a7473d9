package dev.charter.core.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.RenameDetector;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * The files staged for the next commit, read through JGit: what a pre-commit hook checks. Paths
 * are repository-relative with '/' separators.
 *
 * @param paths files added, modified or renamed in the index (their new paths)
 * @param renamedFrom for a file staged as a rename (git's rename detection), the path it had in HEAD
 * @param deleted files in HEAD that the index no longer has (renames not counted)
 * @param firstCommit the repository has no commit yet (HEAD is unborn): every staged file is new
 */
public record StagedFiles(Path workTree, List<String> paths, Map<String, String> renamedFrom, List<String> deleted,
    boolean firstCommit) {

  public StagedFiles {
    paths = List.copyOf(paths);
    renamedFrom = Map.copyOf(renamedFrom);
    deleted = List.copyOf(deleted);
  }

  public static StagedFiles of(Path dir) throws SourceException {
    FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(dir.toFile());
    if (builder.getGitDir() == null) {
      throw new SourceException("git-error", dir + " is not inside a git repository");
    }
    try (Repository repo = builder.setMustExist(true).build(); Git git = new Git(repo)) {
      if (repo.isBare()) {
        throw new SourceException("git-error", repo.getDirectory() + " is a bare repository: nothing is staged");
      }
      List<String> paths = new ArrayList<>();
      Map<String, String> renamedFrom = new HashMap<>();
      List<String> deleted = new ArrayList<>();
      boolean hasHead = repo.resolve("HEAD^{tree}") != null;
      if (!hasHead) {
        // The first commit: everything in the index is new.
        var index = repo.readDirCache();
        for (int i = 0; i < index.getEntryCount(); i++) {
          paths.add(index.getEntry(i).getPathString());
        }
      } else {
        RenameDetector renames = new RenameDetector(repo);
        renames.addAll(git.diff().setCached(true).setShowNameAndStatusOnly(true).call());
        for (DiffEntry e : renames.compute()) {
          switch (e.getChangeType()) {
            case DELETE -> deleted.add(e.getOldPath());
            case RENAME -> {
              paths.add(e.getNewPath());
              renamedFrom.put(e.getNewPath(), e.getOldPath());
            }
            default -> paths.add(e.getNewPath());
          }
        }
      }
      return new StagedFiles(repo.getWorkTree().toPath().toAbsolutePath().normalize(), paths, renamedFrom, deleted,
          !hasHead);
    } catch (IOException | GitAPIException e) {
      throw new SourceException("git-error", "cannot read what is staged in the git repository at " + dir + ": "
          + e.getMessage(), e);
    }
  }

  /** The repository-relative path of {@code file} (absolute, or relative to {@code cwd}), if inside the work tree. */
  public Optional<String> relativize(Path cwd, String file) {
    Path abs = cwd.resolve(file).toAbsolutePath().normalize();
    if (!abs.startsWith(workTree)) {
      return Optional.empty();
    }
    return Optional.of(workTree.relativize(abs).toString().replace('\\', '/'));
  }
}
