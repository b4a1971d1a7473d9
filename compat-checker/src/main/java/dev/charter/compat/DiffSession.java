package dev.charter.compat;

import dev.charter.compat.git.GitHistory;
import dev.charter.core.diag.Diagnostic;
import dev.charter.core.source.SpecInput;
import dev.charter.core.spec.LoadOptions;
import dev.charter.core.spec.SpecDocument;
import dev.charter.core.spec.SpecLoadException;
import dev.charter.core.spec.SpecLoader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One run of {@code charter diff} or {@code charter changelog}: works out what to compare (two
 * specs, each a file, {@code -} or {@code REV:path}; a work-tree spec against the same path at
 * {@code --base}; a spec against every release tag matching {@code --against-tags}), loads each
 * side once, and compares. Git revisions give the deprecation policy its dates.
 */
public final class DiffSession {
  private final LoadOptions load;
  private final DiffPolicy policy;
  private final CompatChecker checker = new CompatChecker();

  /**
   * @param specs the specs named on the command line: OLD and NEW, or only NEW with {@code base} or {@code againstTags}
   */
  public record Inputs(List<String> specs, Optional<String> base, Optional<String> againstTags) {
    public Inputs {
      specs = List.copyOf(specs);
    }
  }

  public DiffSession(LoadOptions load, DiffPolicy policy) {
    this.load = load;
    this.policy = policy;
  }

  public List<CompatResult> run(Inputs in) throws SpecLoadException, CompatException {
    if (in.base().isPresent() && in.againstTags().isPresent()) {
      throw new CompatException("usage-error", "--base and --against-tags cannot be used together");
    }
    if (in.base().isPresent() || in.againstTags().isPresent()) {
      if (in.specs().size() != 1) {
        throw new CompatException("usage-error", (in.base().isPresent() ? "--base" : "--against-tags")
            + " compares one spec (NEW) with its own history; give exactly one spec, not " + in.specs().size());
      }
      return in.base().isPresent() ? base(in.specs().get(0), in.base().get())
          : againstTags(in.specs().get(0), in.againstTags().get());
    }
    if (in.specs().size() != 2) {
      throw new CompatException("usage-error", "give two specs, OLD and NEW (or one with --base REV or --against-tags GLOB); got "
          + in.specs().size());
    }
    SpecDocument[] docs = loadBoth(in.specs().get(0), in.specs().get(1));
    List<DatedSpec> history = new ArrayList<>();
    SpecInput oldInput = SpecInput.parse(in.specs().get(0), load.workingDir(), load.stdinName());
    if (oldInput instanceof SpecInput.GitRevision g) {
      try (GitHistory git = GitHistory.open(load.workingDir())) {
        git.date(g.revision()).ifPresent(d -> history.add(new DatedSpec(docs[0], d, g.revision())));
      }
    }
    return List.of(checker.check(new CompatRequest(docs[0], docs[1], policy, history)));
  }

  private List<CompatResult> base(String spec, String revision) throws SpecLoadException, CompatException {
    Path file = load.workingDir().resolve(spec).normalize();
    SpecInput.GitRevision old;
    Optional<Instant> date;
    try (GitHistory git = GitHistory.open(file.getParent() == null ? load.workingDir() : file.getParent())) {
      String path = git.pathOf(file).orElseThrow(() -> new CompatException("git-error", spec
          + " is not inside the work tree of the git repository, so --base cannot find it at " + revision));
      old = new SpecInput.GitRevision(revision, path);
      date = git.date(revision);
    }
    SpecDocument[] docs = loadBoth(old.display(), spec, old);
    List<DatedSpec> history = date.map(d -> List.of(new DatedSpec(docs[0], d, revision))).orElse(List.of());
    return List.of(checker.check(new CompatRequest(docs[0], docs[1], policy, history)));
  }

  private List<CompatResult> againstTags(String spec, String glob) throws SpecLoadException, CompatException {
    Path file = load.workingDir().resolve(spec).normalize();
    SpecDocument newDoc = new SpecLoader(load).load(spec);
    List<GitHistory.Tag> tags;
    String path;
    try (GitHistory git = GitHistory.open(file.getParent() == null ? load.workingDir() : file.getParent())) {
      path = git.pathOf(file).orElseThrow(() -> new CompatException("git-error", spec
          + " is not inside the work tree of the git repository, so its release tags cannot be read"));
      tags = git.tags(glob);
      if (tags.isEmpty()) {
        throw new CompatException("no-matching-tags", "no tag of the repository matches '" + glob + "'"
            + (git.shallow() ? " (it is a shallow clone: fetch the history and the tags with git fetch --unshallow --tags)" : ""));
      }
    }
    List<DatedSpec> history = new ArrayList<>();
    List<CompatResult> results = new ArrayList<>();
    for (GitHistory.Tag tag : tags) {
      SpecDocument old;
      try {
        old = new SpecLoader(load).load(new SpecInput.GitRevision(tag.name(), path));
      } catch (SpecLoadException e) {
        if (e.problems().stream().map(Diagnostic::id).allMatch("file-not-found"::equals)) {
          continue; // a release from before the spec existed
        }
        throw e;
      }
      history.add(new DatedSpec(old, tag.date(), tag.name()));
      results.add(checker.check(new CompatRequest(old, newDoc, policy, history)));
    }
    if (results.isEmpty()) {
      throw new CompatException("no-matching-tags", "'" + path + "' exists in none of the tags matching '" + glob + "'");
    }
    return results;
  }

  private SpecDocument[] loadBoth(String oldArg, String newArg) throws SpecLoadException {
    return loadBoth(oldArg, newArg, SpecInput.parse(oldArg, load.workingDir(), load.stdinName()));
  }

  /** Loads both sides at once: on big specs reading is most of the time, and there are two cores. */
  private SpecDocument[] loadBoth(String oldArg, String newArg, SpecInput oldInput) throws SpecLoadException {
    SpecDocument[] docs = new SpecDocument[2];
    SpecLoadException[] failure = new SpecLoadException[1];
    RuntimeException[] crash = new RuntimeException[1];
    Thread other = new Thread(() -> {
      try {
        docs[0] = new SpecLoader(load).load(oldInput);
      } catch (SpecLoadException e) {
        failure[0] = e;
      } catch (RuntimeException e) {
        crash[0] = e;
      }
    }, "charter-load-old");
    other.start();
    SpecLoadException newFailure = null;
    try {
      docs[1] = new SpecLoader(load).load(newArg);
    } catch (SpecLoadException e) {
      newFailure = e;
    }
    try {
      other.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while loading " + oldArg, e);
    }
    if (crash[0] != null) {
      throw crash[0];
    }
    if (failure[0] != null || newFailure != null) {
      List<Diagnostic> problems = new ArrayList<>();
      if (failure[0] != null) {
        problems.addAll(failure[0].problems());
      }
      if (newFailure != null) {
        // The same broken file on both sides (or a $ref both share) is one problem, said once.
        newFailure.problems().stream().filter(p -> !problems.contains(p)).forEach(problems::add);
      }
      throw new SpecLoadException(problems);
    }
    return docs;
  }
}
