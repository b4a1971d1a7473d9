package dev.charter.maven;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.maven.plugin.MojoExecutionException;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.VersionRangeRequest;
import org.eclipse.aether.resolution.VersionRangeResolutionException;
import org.eclipse.aether.resolution.VersionRangeResult;
import org.eclipse.aether.version.Version;

/**
 * The previous release of an artifact, found through Maven's resolver in the project's
 * repositories (and the local one), and the specs inside its jar.
 */
final class PreviousArtifact {
  private final RepositorySystem system;
  private final RepositorySystemSession session;
  private final List<RemoteRepository> repositories;

  PreviousArtifact(RepositorySystem system, RepositorySystemSession session, List<RemoteRepository> repositories) {
    this.system = system;
    this.session = session;
    this.repositories = List.copyOf(repositories);
  }

  /** A resolved release: its coordinates and its jar in the local repository. */
  record Release(String groupId, String artifactId, String version, Path jar) {
    String coordinates() {
      return groupId + ":" + artifactId + ":" + version;
    }
  }

  /**
   * The newest release (not a snapshot) of {@code groupId:artifactId} older than {@code below}, or
   * empty when there is none yet (the first release of a project has nothing to compare with).
   */
  Optional<Release> latestBefore(String groupId, String artifactId, String below) throws MojoExecutionException {
    Artifact range = new DefaultArtifact(groupId, artifactId, "jar", "[0," + below + ")");
    VersionRangeResult versions;
    try {
      versions = system.resolveVersionRange(session, new VersionRangeRequest(range, repositories, null));
    } catch (VersionRangeResolutionException e) {
      throw new MojoExecutionException("charter:diff: cannot list the versions of " + groupId + ":" + artifactId
          + ": " + e.getMessage(), e);
    }
    Optional<Version> newest = versions.getVersions().stream()
        .filter(v -> !v.toString().endsWith("-SNAPSHOT"))
        .max(Comparator.naturalOrder());
    if (newest.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(resolve(groupId, artifactId, newest.get().toString()));
  }

  Release resolve(String groupId, String artifactId, String version) throws MojoExecutionException {
    try {
      Artifact jar = system.resolveArtifact(session,
          new ArtifactRequest(new DefaultArtifact(groupId, artifactId, "jar", version), repositories, null)).getArtifact();
      return new Release(groupId, artifactId, version, jar.getFile().toPath());
    } catch (ArtifactResolutionException e) {
      throw new MojoExecutionException("charter:diff: cannot resolve the previous release " + groupId + ":" + artifactId
          + ":" + version + ": " + e.getMessage(), e);
    }
  }

  /**
   * Copies the spec files of a release's jar (every .yaml, .yml and .json entry, so that {@code $ref}s
   * between them still resolve) into {@code dir}, replacing what an earlier build put there.
   */
  static void extractSpecs(Release release, Path dir) throws MojoExecutionException {
    try {
      deleteTree(dir);
      Files.createDirectories(dir);
      try (ZipFile zip = new ZipFile(release.jar().toFile())) {
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
          ZipEntry entry = entries.nextElement();
          String name = entry.getName().toLowerCase(Locale.ROOT);
          if (entry.isDirectory() || !(name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"))) {
            continue;
          }
          Path target = dir.resolve(entry.getName()).normalize();
          if (!target.startsWith(dir)) {
            continue; // an entry named ../something would land outside: not a spec of this jar
          }
          Files.createDirectories(target.getParent());
          try (InputStream in = zip.getInputStream(entry)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
    } catch (IOException e) {
      throw new MojoExecutionException("charter:diff: cannot read " + release.jar() + " (" + release.coordinates()
          + "): " + e.getMessage(), e);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
