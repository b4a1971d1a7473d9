package dev.charter.core.source;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a spec's {@code $ref}s may reach.
 *
 * <p>Local references stay inside the root folder (after following symlinks) unless {@code
 * allowOutsideRoot}. The root folder is {@code root} when given; otherwise the top of the git work
 * tree that holds the spec; otherwise the working directory when the spec lies inside it; otherwise
 * the spec's own folder. Remote references ({@code http}, {@code https}) are refused unless their
 * host is in {@code remoteHosts} ({@code *} admits any host).
 */
public record RefPolicy(Optional<Path> root, boolean allowOutsideRoot, Set<String> remoteHosts) {

  public static final RefPolicy DEFAULT = new RefPolicy(Optional.empty(), false, Set.of());

  public RefPolicy {
    remoteHosts = remoteHosts.stream().map(h -> h.trim().toLowerCase(Locale.ROOT))
        .filter(h -> !h.isEmpty()).collect(Collectors.toUnmodifiableSet());
  }

  public boolean remoteAllowed() {
    return !remoteHosts.isEmpty();
  }

  public boolean hostAllowed(String host) {
    if (host == null) {
      return false;
    }
    String h = host.toLowerCase(Locale.ROOT);
    return remoteHosts.contains("*") || remoteHosts.contains(h);
  }

  public RefPolicy withRoot(Path newRoot) {
    return new RefPolicy(Optional.of(newRoot), allowOutsideRoot, remoteHosts);
  }
}
