package dev.charter.maven;

import dev.charter.compat.Bump;
import dev.charter.compat.Change;
import dev.charter.compat.CompatException;
import dev.charter.compat.CompatResult;
import dev.charter.compat.DiffConfig;
import dev.charter.compat.DiffPolicy;
import dev.charter.compat.DiffSession;
import dev.charter.compat.Mode;
import dev.charter.compat.VersionCheck;
import dev.charter.compat.git.GitHistory;
import dev.charter.compat.render.DiffReport;
import dev.charter.compat.render.DiffText;
import dev.charter.core.config.ConfigException;
import dev.charter.core.diag.Diagnostic;
import dev.charter.core.diag.Location;
import dev.charter.core.diag.Severity;
import dev.charter.core.spec.SpecLoadException;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.eclipse.aether.RepositorySystem;

/**
 * Compares each spec with an earlier version of itself and fails the build on changes at or above
 * {@code failOn} (breaking changes, by default): {@code charter diff} in a build. The earlier
 * version is one of: {@code base} (a file, or a git revision such as {@code origin/main}), every
 * release tag ({@code againstTags}), the latest release tag ({@code previousRelease}), or the
 * spec inside the project's previous released artifact ({@code previousArtifact}).
 */
@Mojo(name = "diff", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class DiffMojo extends CharterMojo {
  /** Value of {@code previousArtifact} that means this project's own previous release. */
  static final String AUTO = "auto";

  /** Skip this goal. {@code -Dcharter.skip} skips every charter goal. */
  @Parameter(property = "charter.diff.skip", defaultValue = "${charter.skip}")
  boolean skip;

  /**
   * The specs to check, as they are in the work tree: files, or folders (every spec inside). Default:
   * every spec in {@code src/main/openapi}.
   */
  @Parameter(property = "charter.specs")
  List<String> specs;

  /**
   * What to compare with: a file (the old spec), {@code REV:path}, or a git revision
   * ({@code origin/main}, {@code v1.2.0}) at which the same path is read.
   */
  @Parameter(property = "charter.diff.base")
  String base;

  /** Compare with the same path at every git tag matching this glob ({@code v*}): compatibility with every release. */
  @Parameter(property = "charter.diff.againstTags")
  String againstTags;

  /**
   * Compare with the same path at the newest git tag (by commit date) matching this glob ({@code v*}):
   * the previous release. When no tag matches yet, the goal says so and passes.
   */
  @Parameter(property = "charter.diff.previousRelease")
  String previousRelease;

  /**
   * Compare with the spec inside a released jar: {@code auto} for this project's own newest release
   * older than its current version, {@code groupId:artifactId} for the newest release of another
   * artifact, or {@code groupId:artifactId:version}. Resolved from the project's repositories. When
   * there is no release yet, the goal says so and passes.
   */
  @Parameter(property = "charter.diff.previousArtifact")
  String previousArtifact;

  /**
   * Where the spec is inside that jar ({@code openapi/petstore.yaml}). Default: the spec's path
   * inside the project's resource folder that holds it (with the resource's {@code targetPath}).
   */
  @Parameter(property = "charter.diff.previousArtifactPath")
  String previousArtifactPath;

  /**
   * Whose code must keep working: {@code backward} (clients of the old spec against the new),
   * {@code forward}, or {@code full}. Default: charter.yaml's {@code diff.mode}, else backward.
   */
  @Parameter(property = "charter.diff.mode")
  String mode;

  /**
   * Smallest bump that fails the build: {@code major} (breaking changes), {@code minor},
   * {@code patch}, or {@code none}. Default: charter.yaml's {@code diff.fail-on}, else major.
   */
  @Parameter(property = "charter.diff.failOn")
  String failOn;

  /** Fail unless the new {@code info.version} carries the bump the changes need. Default: false. */
  @Parameter(property = "charter.diff.checkVersion")
  Boolean checkVersion;

  /**
   * Reports to write: {@code FORMAT} or {@code FORMAT=FILE}; {@code markdown} is a changelog, and
   * {@code stylish}, {@code json}, {@code sarif}, {@code junit}, {@code github}, {@code gitlab} as for
   * lint. Without a file, a report goes to {@code reportsDirectory/diff.<extension>}. Default: none.
   */
  @Parameter(property = "charter.diff.formats")
  List<String> formats;

  /** Where reports without a file of their own go. */
  @Parameter(property = "charter.reportsDirectory", defaultValue = "${project.build.directory}/charter")
  File reportsDirectory;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  MavenSession session;

  /** The release previousArtifact names, resolved and unpacked when first needed (null before): every spec compares with it. */
  private Optional<PreviousArtifact.Release> releasedArtifact;

  private final RepositorySystem repositorySystem;

  @Inject
  public DiffMojo(RepositorySystem repositorySystem) {
    this.repositorySystem = repositorySystem;
  }

  @Override
  String goal() {
    return "diff";
  }

  @Override
  String section() {
    return "diff";
  }

  @Override
  boolean skip() {
    return skip;
  }

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    DiffPolicy policy = policy();
    ReportFormats reports = ReportFormats.parse(goal(), formats, reportsDirectory.toPath(), basedir());
    List<Path> files = specFiles(specs);
    List<CompatResult> results = new ArrayList<>();
    for (Path spec : files) {
      Optional<DiffSession.Inputs> inputs = inputs(spec, files.size());
      if (inputs.isEmpty()) {
        continue;
      }
      try {
        results.addAll(new DiffSession(loadOptions(), policy).run(inputs.get()));
      } catch (SpecLoadException e) {
        throw Problems.inputError(goal(), e.problems(), basedir());
      } catch (CompatException e) {
        throw Problems.inputError(goal(), List.of(new Diagnostic(e.id(), Severity.ERROR, e.getMessage(),
            Location.ofFile(spec.toString()))), basedir());
      }
    }
    if (results.isEmpty()) {
      return;
    }
    for (String line : DiffText.render(results, basedir(), false).split("\\R")) {
      getLog().info(line);
    }
    reports.write(format -> DiffReport.render(results, format, basedir(), false, charterVersion()), basedir(), getLog());
    List<CompatResult> failed = results.stream().filter(CompatResult::failed).toList();
    if (!failed.isEmpty()) {
      throw new MojoFailureException(failure(failed, policy));
    }
  }

  private DiffPolicy policy() throws MojoExecutionException {
    Mode m;
    try {
      m = Mode.parse(setting(mode, "mode", "backward"));
    } catch (IllegalArgumentException e) {
      throw invalidSetting(mode, "mode", "mode", e.getMessage());
    }
    Optional<Bump> gate;
    try {
      gate = DiffConfig.failOn(setting(failOn, "fail-on", "major"));
    } catch (IllegalArgumentException e) {
      throw invalidSetting(failOn, "failOn", "fail-on", e.getMessage());
    }
    try {
      return DiffConfig.read(charterConfig(), section()).policy(m, gate, setting(checkVersion, "check-version", false));
    } catch (ConfigException e) {
      throw Problems.inputError(goal(), List.of(e.toDiagnostic()), basedir());
    }
  }

  /** What to compare {@code spec} with; empty when there is no earlier version yet. */
  private Optional<DiffSession.Inputs> inputs(Path spec, int specCount) throws MojoExecutionException {
    // base and againstTags may also come from charter.yaml, as for the command line; the two
    // release sources are the plugin's own.
    boolean fromPom = base != null || againstTags != null || previousRelease != null || previousArtifact != null;
    String oldBase = fromPom ? base : setting((String) null, "base", null);
    String tagGlob = fromPom ? againstTags : setting((String) null, "against-tags", null);
    int given = (oldBase != null ? 1 : 0) + (tagGlob != null ? 1 : 0) + (previousRelease != null ? 1 : 0)
        + (previousArtifact != null ? 1 : 0);
    if (given != 1) {
      throw new MojoExecutionException("charter:diff: set " + (given == 0 ? "one" : "only one") + " of base, "
          + "againstTags, previousRelease and previousArtifact: what to compare the specs with");
    }
    String newSpec = display(spec);
    if (oldBase != null) {
      boolean oldSpec = oldBase.contains(":") || Files.isRegularFile(basedir().resolve(oldBase));
      if (oldSpec) {
        return Optional.of(new DiffSession.Inputs(List.of(oldBase, newSpec), Optional.empty(), Optional.empty()));
      }
      if (!existsAt(spec, oldBase)) {
        getLog().info("charter:diff: " + newSpec + " is new since " + oldBase + ": nothing to compare it with");
        return Optional.empty();
      }
      return Optional.of(new DiffSession.Inputs(List.of(newSpec), Optional.of(oldBase), Optional.empty()));
    }
    if (tagGlob != null) {
      return Optional.of(new DiffSession.Inputs(List.of(newSpec), Optional.empty(), Optional.of(tagGlob)));
    }
    if (previousRelease != null) {
      Optional<String> tag = latestTag(spec);
      if (tag.isEmpty()) {
        getLog().info("charter:diff: no tag matches '" + previousRelease + "' yet, so " + newSpec
            + " has no previous release to compare with");
        return Optional.empty();
      }
      if (!existsAt(spec, tag.get())) {
        getLog().info("charter:diff: " + newSpec + " is new since the previous release, tag " + tag.get()
            + ": nothing to compare it with");
        return Optional.empty();
      }
      getLog().info("charter:diff: " + newSpec + " against the previous release, tag " + tag.get());
      return Optional.of(new DiffSession.Inputs(List.of(newSpec), Optional.of(tag.get()), Optional.empty()));
    }
    if (previousArtifactPath != null && specCount > 1) {
      throw new MojoExecutionException("charter:diff: previousArtifactPath names one spec, but " + specCount
          + " are checked; list one spec in <specs>, or leave previousArtifactPath out to find each in the jar by its resource path");
    }
    if (releasedArtifact == null) {
      releasedArtifact = previousArtifactRelease();
    }
    Optional<PreviousArtifact.Release> release = releasedArtifact;
    if (release.isEmpty()) {
      return Optional.empty();
    }
    String pathInJar = previousArtifactPath != null ? previousArtifactPath : pathInJar(spec);
    Path extracted = extractedRelease(release.get());
    Path oldSpec = extracted.resolve(pathInJar).normalize();
    if (!oldSpec.startsWith(extracted) || !Files.isRegularFile(oldSpec)) {
      throw new MojoExecutionException("charter:diff: " + release.get().coordinates() + " holds no " + pathInJar
          + " (set previousArtifactPath to where the spec is inside the jar)");
    }
    getLog().info("charter:diff: " + newSpec + " against the previous release, " + release.get().coordinates());
    return Optional.of(new DiffSession.Inputs(List.of(display(oldSpec), newSpec), Optional.empty(), Optional.empty()));
  }

  /** Where the released jar's specs are unpacked, under the reports folder. */
  private Path extractedRelease(PreviousArtifact.Release release) {
    return reportsDirectory.toPath().resolve("previous").resolve(release.artifactId() + "-" + release.version());
  }

  /**
   * Whether the work-tree file {@code spec} existed at {@code revision}: a spec added since then is
   * new, as {@code charter ci} and {@code charter hook run} take it, not an error.
   */
  private boolean existsAt(Path spec, String revision) throws MojoExecutionException {
    if (!Files.isRegularFile(spec)) {
      return true; // loading it says what is wrong
    }
    try (GitHistory git = GitHistory.open(spec.getParent())) {
      Optional<String> path = git.pathOf(spec);
      // Outside the work tree: DiffSession says so.
      return path.isEmpty() || git.hasFile(revision, path.get());
    } catch (CompatException e) {
      throw Problems.inputError(goal(), List.of(new Diagnostic(e.id(), Severity.ERROR, e.getMessage(),
          Location.ofFile(spec.toString()))), basedir());
    }
  }

  private Optional<String> latestTag(Path spec) throws MojoExecutionException {
    try (GitHistory git = GitHistory.open(spec.getParent())) {
      return git.latestTag(previousRelease).map(GitHistory.Tag::name);
    } catch (CompatException e) {
      throw Problems.inputError(goal(), List.of(new Diagnostic(e.id(), Severity.ERROR, e.getMessage(),
          Location.ofFile(spec.toString()))), basedir());
    }
  }

  private Optional<PreviousArtifact.Release> previousArtifactRelease() throws MojoExecutionException {
    PreviousArtifact resolver = new PreviousArtifact(repositorySystem, session.getRepositorySession(),
        project.getRemoteProjectRepositories());
    String[] parts = previousArtifact.trim().split(":");
    if (previousArtifact.trim().equalsIgnoreCase(AUTO) || parts.length == 2) {
      String groupId = parts.length == 2 ? parts[0] : project.getGroupId();
      String artifactId = parts.length == 2 ? parts[1] : project.getArtifactId();
      Optional<PreviousArtifact.Release> found = resolver.latestBefore(groupId, artifactId, project.getVersion());
      if (found.isEmpty()) {
        getLog().info("charter:diff: " + groupId + ":" + artifactId + " has no release before " + project.getVersion()
            + " yet, so there is nothing to compare with");
        return found;
      }
      PreviousArtifact.extractSpecs(found.get(), extractedRelease(found.get()));
      return found;
    }
    if (parts.length == 3) {
      PreviousArtifact.Release release = resolver.resolve(parts[0], parts[1], parts[2]);
      PreviousArtifact.extractSpecs(release, extractedRelease(release));
      return Optional.of(release);
    }
    throw new MojoExecutionException("charter:diff: previousArtifact must be auto, groupId:artifactId or "
        + "groupId:artifactId:version, not '" + previousArtifact + "'");
  }

  /** Where a spec of this project lands in its jar: its path in the resource folder that holds it. */
  private String pathInJar(Path spec) throws MojoExecutionException {
    for (Resource resource : project.getResources()) {
      Path dir = basedir().resolve(resource.getDirectory()).normalize();
      if (spec.startsWith(dir)) {
        String inside = dir.relativize(spec).toString().replace('\\', '/');
        String target = resource.getTargetPath();
        return target == null || target.isBlank() ? inside : target.replaceAll("/+$", "") + "/" + inside;
      }
    }
    throw new MojoExecutionException("charter:diff: " + display(spec) + " is in no resource folder of the project, "
        + "so where it is inside the released jar is unknown; set previousArtifactPath");
  }

  /** Names every change that fails the gate, and a version that does not carry the bump. */
  private String failure(List<CompatResult> failed, DiffPolicy policy) {
    String nl = System.lineSeparator();
    StringBuilder message = new StringBuilder("charter:diff: ");
    int changes = failed.stream().mapToInt(r -> r.failing().size()).sum();
    String gate = policy.failOn().map(Bump::label).orElse("none");
    message.append(changes).append(changes == 1 ? " change" : " changes").append(" at or above ").append(gate)
        .append(gate.equals("major") ? " (breaking)" : "");
    for (CompatResult r : failed) {
      message.append(nl).append(Problems.display(r.newName(), basedir())).append(" against ")
          .append(Problems.display(r.oldName(), basedir())).append(':');
      for (Change c : r.failing()) {
        message.append(nl).append("  ").append(c.id()).append(": ").append(c.operation()).append(": ")
            .append(c.message()).append(" (").append(Problems.where(c.newLocation(), basedir())).append(')');
      }
      r.version().filter(v -> !v.satisfied()).map(VersionCheck::message)
          .ifPresent(m -> message.append(nl).append("  version: ").append(m));
    }
    return message.toString();
  }
}
