package dev.charter.core.source;

import java.io.IOException;
import java.nio.file.Path;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.errors.LargeObjectException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * The files of one git revision, read through JGit straight from the object database: the work
 * tree and the index are never touched, and no git binary is needed.
 */
public final class GitTree implements AutoCloseable {
  private static final int MAX_SYMLINK_HOPS = 8;

  private final Repository repository;
  private final String revision;
  /** The revision's tree, or null when reading the index (the staged versions, {@code :path}). */
  private final ObjectId tree;
  private final DirCache index;
  private final Path workTree;

  private GitTree(Repository repository, String revision, ObjectId tree, DirCache index) {
    this.repository = repository;
    this.revision = revision;
    this.tree = tree;
    this.index = index;
    this.workTree = repository.isBare() ? null : repository.getWorkTree().toPath().toAbsolutePath().normalize();
  }

  /**
   * Opens the repository that holds {@code dir} and resolves {@code revision} to a tree. An empty
   * revision means the index: the versions staged for the next commit, as git's {@code :path}.
   */
  public static GitTree open(Path dir, String revision) throws SourceException {
    Repository repo;
    try {
      FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(dir.toFile());
      if (builder.getGitDir() == null) {
        throw new SourceException("git-error", dir + " is not inside a git repository, so '" + revision
            + ":…' cannot be read");
      }
      repo = builder.setMustExist(true).build();
    } catch (IOException e) {
      throw new SourceException("git-error", "cannot open the git repository at " + dir + ": " + e.getMessage(), e);
    }
    if (revision.isEmpty()) {
      try {
        return new GitTree(repo, revision, null, repo.readDirCache());
      } catch (IOException e) {
        repo.close();
        throw new SourceException("git-error", "cannot read the git index of " + location(repo) + ": " + e.getMessage(), e);
      }
    }
    try {
      ObjectId id = repo.resolve(revision + "^{tree}");
      if (id == null) {
        repo.close();
        throw new SourceException("git-error", "git revision '" + revision + "' does not exist in " + location(repo));
      }
      return new GitTree(repo, revision, id, null);
    } catch (RevisionSyntaxException | IOException e) {
      repo.close();
      throw new SourceException("git-error", "'" + revision + "' is not a git revision of " + location(repo), e);
    }
  }

  private static String location(Repository repo) {
    return repo.isBare() ? repo.getDirectory().toString() : repo.getWorkTree().toString();
  }

  public String revision() {
    return revision;
  }

  /** How messages name what is read: "git revision HEAD", or "the git index". */
  public String description() {
    return index != null ? "the git index (staged files)" : "git revision " + revision;
  }

  /** The top of the work tree, or null for a bare repository. */
  public Path workTree() {
    return workTree;
  }

  /** Reads {@code path} (repository-relative, '/'-separated) as it is in the revision or the index. */
  public byte[] read(String path, long maxBytes) throws SourceException {
    String current = path;
    for (int hop = 0; hop <= MAX_SYMLINK_HOPS; hop++) {
      try {
        ObjectId blob;
        FileMode mode;
        if (index != null) {
          DirCacheEntry entry = index.getEntry(current);
          if (entry == null) {
            throw new SourceException("file-not-found", "'" + current + "' is not in " + description());
          }
          blob = entry.getObjectId();
          mode = entry.getFileMode();
        } else {
          try (TreeWalk walk = TreeWalk.forPath(repository, current, tree)) {
            if (walk == null) {
              throw new SourceException("file-not-found", "'" + current + "' does not exist in " + description());
            }
            mode = walk.getFileMode(0);
            blob = walk.getObjectId(0);
          }
        }
        if (mode == FileMode.TREE) {
          throw new SourceException("file-not-found", "'" + current + "' is a folder in " + description());
        }
        byte[] bytes = repository.open(blob).getCachedBytes((int) Math.min(Integer.MAX_VALUE, maxBytes));
        if (mode != FileMode.SYMLINK) {
          return bytes;
        }
        String target = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        current = GitPaths.resolve(GitPaths.parent(current), target);
        if (current == null) {
          throw new SourceException("ref-outside-root", "'" + path + "' is a symlink that leaves the repository in " + description());
        }
      } catch (LargeObjectException e) {
        throw new SourceException("file-too-large", "'" + current + "' in " + description()
            + " is larger than the limit of " + maxBytes + " bytes");
      } catch (IOException e) {
        throw new SourceException("git-error", "cannot read '" + current + "' from " + description() + ": " + e.getMessage(), e);
      }
    }
    throw new SourceException("ref-outside-root", "'" + path + "' is a chain of more than "
        + MAX_SYMLINK_HOPS + " symlinks in " + description());
  }

  /**
   * The regular files under {@code folder} (repository-relative, '/'-separated; empty for the whole
   * tree) in the revision, recursively, in tree order. Only for a revision, not the index.
   */
  public java.util.List<String> files(String folder) throws SourceException {
    if (tree == null) {
      throw new IllegalStateException("files() lists a revision, not the index");
    }
    java.util.List<String> out = new java.util.ArrayList<>();
    String prefix = folder.isEmpty() || folder.endsWith("/") ? folder : folder + "/";
    try (TreeWalk walk = new TreeWalk(repository)) {
      walk.addTree(tree);
      walk.setRecursive(true);
      if (!folder.isEmpty()) {
        walk.setFilter(org.eclipse.jgit.treewalk.filter.PathFilter.create(prefix.substring(0, prefix.length() - 1)));
      }
      while (walk.next()) {
        if (walk.getFileMode(0) == FileMode.REGULAR_FILE || walk.getFileMode(0) == FileMode.EXECUTABLE_FILE) {
          out.add(walk.getPathString());
        }
      }
    } catch (IOException e) {
      throw new SourceException("git-error", "cannot list '" + folder + "' in " + description() + ": " + e.getMessage(), e);
    }
    return out;
  }

  @Override
  public void close() {
    repository.close();
  }

  /** '/'-separated repository paths. */
  static final class GitPaths {
    private GitPaths() {}

    static String parent(String path) {
      int slash = path.lastIndexOf('/');
      return slash < 0 ? "" : path.substring(0, slash);
    }

    /** Resolves {@code relative} against folder {@code dir}; null when it climbs above the top. */
    static String resolve(String dir, String relative) {
      if (relative.startsWith("/")) {
        return null;
      }
      java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
      if (!dir.isEmpty()) {
        for (String p : dir.split("/")) {
          parts.addLast(p);
        }
      }
      for (String p : relative.split("/")) {
        if (p.isEmpty() || p.equals(".")) {
          continue;
        }
        if (p.equals("..")) {
          if (parts.isEmpty()) {
            return null;
          }
          parts.removeLast();
        } else {
          parts.addLast(p);
        }
      }
      return String.join("/", parts);
    }
  }
}
