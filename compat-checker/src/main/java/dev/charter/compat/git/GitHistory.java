package dev.charter.compat.git;

import dev.charter.compat.CompatException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * What charter reads of a git repository besides file contents: release tags matching a pattern,
 * the date of a revision, and a work-tree file's path inside the repository.
 */
public final class GitHistory implements AutoCloseable {
  private final Repository repository;

  private GitHistory(Repository repository) {
    this.repository = repository;
  }

  /** A tag and the date of the commit it points to. */
  public record Tag(String name, Instant date) {}

  public static GitHistory open(Path dir) throws CompatException {
    try {
      FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(dir.toFile());
      if (builder.getGitDir() == null) {
        throw new CompatException("git-error", dir + " is not inside a git repository");
      }
      return new GitHistory(builder.setMustExist(true).build());
    } catch (IOException e) {
      throw new CompatException("git-error", "cannot open the git repository at " + dir + ": " + e.getMessage(), e);
    }
  }

  /** The top of the work tree. */
  public Optional<Path> workTree() {
    return repository.isBare() ? Optional.empty()
        : Optional.of(repository.getWorkTree().toPath().toAbsolutePath().normalize());
  }

  /** Tags whose name matches {@code glob} ({@code *} any run of characters, {@code ?} one), oldest commit first. */
  public List<Tag> tags(String glob) throws CompatException {
    Pattern pattern = Pattern.compile(globToRegex(glob));
    List<Tag> out = new ArrayList<>();
    try (RevWalk walk = new RevWalk(repository)) {
      for (Ref ref : repository.getRefDatabase().getRefsByPrefix("refs/tags/")) {
        String name = ref.getName().substring("refs/tags/".length());
        if (!pattern.matcher(name).matches()) {
          continue;
        }
        ObjectId id = ref.getPeeledObjectId() != null ? ref.getPeeledObjectId() : ref.getObjectId();
        try {
          RevCommit commit = walk.parseCommit(id);
          out.add(new Tag(name, Instant.ofEpochSecond(commit.getCommitTime())));
        } catch (IOException e) {
          // A tag of something other than a commit (a tree or blob): not a release.
        }
      }
    } catch (IOException e) {
      throw new CompatException("git-error", "cannot list the tags of " + where() + ": " + e.getMessage(), e);
    }
    out.sort(Comparator.comparing(Tag::date).thenComparing(Tag::name));
    return out;
  }

  /**
   * The newest tag matching {@code glob}, by the date of its commit (then by name): the previous
   * release, for projects that tag their releases. Empty when none matches, as before a first release.
   */
  public Optional<Tag> latestTag(String glob) throws CompatException {
    List<Tag> matching = tags(glob);
    if (matching.isEmpty() && shallow()) {
      // A shallow clone (CI's usual checkout) has no tags unless asked: "no release yet" would be a guess.
      throw new CompatException("git-error", "no tag matching '" + glob + "' is in " + where()
          + ", a shallow clone, so whether there is a previous release is unknown; fetch the history and the tags "
          + "(git fetch --unshallow --tags, or actions/checkout with fetch-depth: 0)");
    }
    return matching.isEmpty() ? Optional.empty() : Optional.of(matching.get(matching.size() - 1));
  }

  /** Whether the clone is shallow: its history was cut at a depth, and tags were likely not fetched. */
  public boolean shallow() {
    try {
      return !repository.getObjectDatabase().getShallowCommits().isEmpty();
    } catch (IOException e) {
      return false;
    }
  }

  /** Whether {@code path} (repository-relative, '/'-separated) is a file at {@code revision}, which must exist. */
  public boolean hasFile(String revision, String path) throws CompatException {
    try (RevWalk walk = new RevWalk(repository)) {
      ObjectId id = repository.resolve(revision + "^{commit}");
      if (id == null) {
        throw new CompatException("git-error", "git revision '" + revision + "' does not exist in " + where());
      }
      try (TreeWalk tree = TreeWalk.forPath(repository, path, walk.parseCommit(id).getTree())) {
        return tree != null && (tree.getFileMode(0).getObjectType() == org.eclipse.jgit.lib.Constants.OBJ_BLOB);
      }
    } catch (IOException | RevisionSyntaxException e) {
      throw new CompatException("git-error", "cannot read git revision '" + revision + "' in " + where() + ": "
          + e.getMessage(), e);
    }
  }

  /** The commit date of {@code revision}. */
  public Optional<Instant> date(String revision) {
    try (RevWalk walk = new RevWalk(repository)) {
      ObjectId id = repository.resolve(revision + "^{commit}");
      return id == null ? Optional.empty() : Optional.of(Instant.ofEpochSecond(walk.parseCommit(id).getCommitTime()));
    } catch (IOException | RevisionSyntaxException e) {
      return Optional.empty();
    }
  }

  /** {@code file}'s path inside the repository, '/'-separated; empty when it is not in the work tree. */
  public Optional<String> pathOf(Path file) {
    Optional<Path> top = workTree();
    Path abs = file.toAbsolutePath().normalize();
    if (top.isEmpty() || !abs.startsWith(top.get())) {
      return Optional.empty();
    }
    return Optional.of(top.get().relativize(abs).toString().replace('\\', '/'));
  }

  private String where() {
    return repository.isBare() ? repository.getDirectory().toString() : repository.getWorkTree().toString();
  }

  static String globToRegex(String glob) {
    StringBuilder re = new StringBuilder();
    for (char ch : glob.toCharArray()) {
      switch (ch) {
        case '*' -> re.append(".*");
        case '?' -> re.append('.');
        default -> re.append(Pattern.quote(String.valueOf(ch)));
      }
    }
    return re.toString();
  }

  @Override
  public void close() {
    repository.close();
  }
}
