package dev.charter.core.source;

import dev.charter.core.source.DocumentId.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import dev.charter.core.parse.JsonPointers;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Reads the documents of one spec and decides where each {@code $ref} leads, under a {@link
 * RefPolicy}. One instance serves one load: the root document and everything it references.
 */
public final class DocumentSources implements AutoCloseable {
  private static final Duration REMOTE_TIMEOUT = Duration.ofSeconds(10);
  private static final int MAX_REDIRECTS = 3;
  /** The largest document one byte array holds, whatever --max-size says. */
  private static final long MAX_ARRAY = Integer.MAX_VALUE - 9L;

  private final RefPolicy policy;
  private final long maxBytes;
  private final DocumentId rootId;
  private final Path root;
  private final GitTree git;
  private final byte[] stdinBytes;
  private HttpClient http;

  private DocumentSources(RefPolicy policy, long maxBytes, DocumentId rootId, Path root, GitTree git, byte[] stdin) {
    this.policy = policy;
    this.maxBytes = maxBytes;
    this.rootId = rootId;
    this.root = root;
    this.git = git;
    this.stdinBytes = stdin;
  }

  /**
   * Prepares to read {@code input}. For standard input the bytes are taken now; {@code stdin} is
   * where they come from.
   */
  public static DocumentSources open(SpecInput input, RefPolicy policy, long maxBytes, Path workingDir,
      InputStream stdin) throws SourceException {
    Path cwd = workingDir.toAbsolutePath().normalize();
    Optional<Path> givenRoot = policy.root().map(r -> cwd.resolve(r).normalize());
    if (givenRoot.isPresent() && !Files.isDirectory(givenRoot.get())) {
      // Every local $ref would be refused as leaving it: say what is wrong instead.
      throw new SourceException("file-not-found", "the root folder " + givenRoot.get()
          + (Files.exists(givenRoot.get()) ? " is not a folder" : " does not exist") + " (--root)");
    }
    if (input instanceof SpecInput.File f) {
      Path spec = cwd.resolve(f.path()).normalize();
      Path root = policy.root().map(r -> cwd.resolve(r).normalize()).orElseGet(() -> defaultRoot(spec, cwd));
      return new DocumentSources(policy, maxBytes, new DocumentId(Kind.FILE, spec.toString()), real(root), null, null);
    }
    if (input instanceof SpecInput.Stdin s) {
      byte[] bytes = readLimited(stdin, maxBytes, s.name());
      Path root = policy.root().map(r -> cwd.resolve(r).normalize())
          .orElseGet(() -> gitTop(cwd).orElse(cwd));
      return new DocumentSources(policy, maxBytes, new DocumentId(Kind.STDIN, s.name()), real(root), null, bytes);
    }
    SpecInput.GitRevision g = (SpecInput.GitRevision) input;
    GitTree tree = GitTree.open(cwd, g.revision());
    String path = g.path();
    if (path.startsWith("./") || path.startsWith("../")) {
      if (tree.workTree() == null || !cwd.startsWith(tree.workTree())) {
        tree.close();
        throw new SourceException("git-error", "'" + g.display() + "': a path starting with ./ or ../ "
            + "is relative to the working directory, which is not inside the repository's work tree");
      }
      String cwdInRepo = tree.workTree().relativize(cwd).toString().replace('\\', '/');
      path = GitTree.GitPaths.resolve(cwdInRepo, path);
      if (path == null) {
        tree.close();
        throw new SourceException("git-error", "'" + g.display() + "' leaves the repository");
      }
    }
    path = GitTree.GitPaths.resolve("", path);
    if (path == null || path.isEmpty()) {
      tree.close();
      throw new SourceException("git-error", "'" + g.display() + "' names no file in the repository");
    }
    return new DocumentSources(policy, maxBytes, new DocumentId(Kind.GIT, g.revision() + ":" + path), null, tree, null);
  }

  /** The git work tree's top, else the working directory when it holds the spec, else the spec's folder. */
  private static Path defaultRoot(Path spec, Path cwd) {
    Path dir = spec.getParent() == null ? cwd : spec.getParent();
    Optional<Path> top = gitTop(dir);
    if (top.isPresent()) {
      return top.get();
    }
    if (real(spec).startsWith(real(cwd))) {
      return cwd;
    }
    return dir;
  }

  private static Optional<Path> gitTop(Path dir) {
    return Repositories.top(dir);
  }

  private static Path real(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException e) {
      return p.toAbsolutePath().normalize();
    }
  }

  public DocumentId rootId() {
    return rootId;
  }

  /** The folder local references may not leave; empty for documents read from git or the network. */
  public Optional<Path> rootFolder() {
    return Optional.ofNullable(root);
  }

  public byte[] read(DocumentId id) throws SourceException {
    switch (id.kind()) {
      case STDIN:
        return stdinBytes;
      case GIT: {
        String path = id.key().substring(id.key().indexOf(':') + 1);
        return git.read(path, maxBytes);
      }
      case REMOTE:
        return fetch(URI.create(id.key()));
      default:
        return readFile(Path.of(id.key()), id.equals(rootId));
    }
  }

  private byte[] readFile(Path path, boolean named) throws SourceException {
    try {
      if (Files.isDirectory(path)) {
        throw new SourceException("file-not-found", path + " is a folder, not a spec file");
      }
      if (!Files.exists(path)) {
        throw new NoSuchFileException(path.toString());
      }
      // A spec named on the command line may be a pipe (`<(git show ...)`); a $ref may not lead to
      // one, which could block the read forever, nor to a device such as /dev/zero.
      if (!named && !Files.isRegularFile(path)) {
        throw new SourceException("file-not-readable", path + " is not a regular file (a device, pipe or socket)");
      }
      long limit = Math.min(maxBytes, MAX_ARRAY);
      long size = Files.isRegularFile(path) ? Files.size(path) : 0;
      if (size > limit) {
        throw new SourceException("file-too-large", path + " is " + size + " bytes, over the limit of "
            + limit + " bytes" + (limit < maxBytes ? "" : " (raise it with --max-size)"));
      }
      // The size can change between the check and the read: never read past the limit.
      try (InputStream in = Files.newInputStream(path)) {
        byte[] bytes = in.readNBytes((int) limit);
        if (bytes.length == limit && in.read() != -1) {
          throw new SourceException("file-too-large", path + " holds more than the limit of " + limit + " bytes"
              + (limit < maxBytes ? "" : " (raise it with --max-size)"));
        }
        return bytes;
      }
    } catch (NoSuchFileException e) {
      throw new SourceException("file-not-found", path + " does not exist");
    } catch (AccessDeniedException e) {
      throw new SourceException("file-not-readable", path + " cannot be read: permission denied");
    } catch (IOException e) {
      throw new SourceException("file-not-readable", path + " cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * Where the URI part of a {@code $ref} (before {@code #}) written in document {@code base} leads,
   * or an exception saying why it may not be followed.
   */
  public DocumentId resolve(DocumentId base, String uriPart) throws SourceException {
    String ref = uriPart.trim();
    URI uri = parseUri(ref);
    String scheme = uri == null ? null : uri.getScheme();
    if (scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
      return remote(uri, ref);
    }
    if (base.kind() == Kind.REMOTE) {
      URI resolved = URI.create(base.key()).resolve(uri == null ? URI.create(encodePath(ref)) : uri);
      if (resolved.getScheme() != null && resolved.getScheme().startsWith("http")) {
        return remote(resolved, ref);
      }
      throw new SourceException("ref-outside-root", "$ref '" + ref + "' in a remote document points to a local file");
    }
    if (scheme != null && !scheme.equalsIgnoreCase("file") && scheme.length() > 1) {
      throw new SourceException("unsupported-ref", "$ref '" + ref + "' uses the " + scheme + ": scheme, which charter does not follow");
    }
    String path = decodePath(scheme != null ? uri.getPath() : ref);
    if (base.kind() == Kind.GIT) {
      if (scheme != null || path.startsWith("/")) {
        throw new SourceException("ref-outside-root", "$ref '" + ref + "' names an absolute path; from "
            + git.description() + " only paths inside the repository can be followed");
      }
      String basePath = base.key().substring(base.key().indexOf(':') + 1);
      String target = GitTree.GitPaths.resolve(GitTree.GitPaths.parent(basePath), path);
      if (target == null) {
        throw new SourceException("ref-outside-root", "$ref '" + ref + "' leaves the repository");
      }
      return new DocumentId(Kind.GIT, git.revision() + ":" + target);
    }
    Path dir = base.kind() == Kind.STDIN ? root : Path.of(base.key()).getParent();
    Path target;
    try {
      target = dir.resolve(path).normalize();
    } catch (RuntimeException e) {
      throw new SourceException("unresolved-ref", "$ref '" + ref + "' is not a valid file path");
    }
    checkInsideRoot(ref, target);
    return new DocumentId(Kind.FILE, target.toString());
  }

  private void checkInsideRoot(String ref, Path target) throws SourceException {
    if (policy.allowOutsideRoot() || root == null) {
      return;
    }
    if (!realOfDeepestExisting(target).startsWith(root)) {
      boolean viaSymlink = target.startsWith(root);
      if (viaSymlink) {
        throw new SourceException("ref-outside-root", "$ref '" + ref + "' leads through a symlink to a file outside "
            + "the root folder " + root + " (pass --allow-outside-root to follow it)");
      }
      throw outside(ref);
    }
  }

  /** The real path of the longest existing prefix of {@code p}, with the rest appended as written. */
  private static Path realOfDeepestExisting(Path p) {
    Path existing = p;
    java.util.ArrayDeque<Path> rest = new java.util.ArrayDeque<>();
    while (existing != null && !Files.exists(existing)) {
      rest.push(existing.getFileName());
      existing = existing.getParent();
    }
    Path result = existing == null ? p.getRoot() : real(existing);
    while (!rest.isEmpty() && result != null) {
      result = result.resolve(rest.pop());
    }
    return result == null ? p : result.normalize();
  }

  private SourceException outside(String ref) {
    return new SourceException("ref-outside-root", "$ref '" + ref + "' leaves the root folder " + root
        + " (set --root to a folder that holds every file of the spec, or pass --allow-outside-root)");
  }

  private DocumentId remote(URI uri, String ref) throws SourceException {
    if (!policy.remoteAllowed()) {
      throw new SourceException("remote-ref-refused", "remote $ref '" + ref
          + "' was not followed: remote references are off (allow the host with --allow-remote-refs "
          + (uri.getHost() == null ? "HOST" : uri.getHost()) + ")");
    }
    if (!policy.hostAllowed(uri.getHost())) {
      throw new SourceException("remote-ref-refused", "remote $ref '" + ref + "' was not followed: host "
          + uri.getHost() + " is not in the --allow-remote-refs list");
    }
    URI clean;
    try {
      clean = new URI(uri.getScheme(), uri.getAuthority(), uri.getPath(), uri.getQuery(), null);
    } catch (URISyntaxException e) {
      throw new SourceException("unresolved-ref", "$ref '" + ref + "' is not a valid URL");
    }
    return new DocumentId(Kind.REMOTE, clean.toString());
  }

  private byte[] fetch(URI uri) throws SourceException {
    if (http == null) {
      http = HttpClient.newBuilder().connectTimeout(REMOTE_TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();
    }
    URI current = uri;
    for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
      if (!policy.hostAllowed(current.getHost())) {
        throw new SourceException("remote-ref-refused", uri + " redirects to host " + current.getHost()
            + ", which is not in the --allow-remote-refs list");
      }
      if (!policy.remoteHosts().contains(current.getHost().toLowerCase(java.util.Locale.ROOT)) && isPrivate(current.getHost())) {
        throw new SourceException("remote-ref-refused", uri + " resolves to a private or loopback address; "
            + "name the host explicitly in --allow-remote-refs to fetch it");
      }
      try {
        HttpResponse<InputStream> response = http.send(
            HttpRequest.newBuilder(current).timeout(REMOTE_TIMEOUT).GET().build(),
            HttpResponse.BodyHandlers.ofInputStream());
        int status = response.statusCode();
        if (status >= 300 && status < 400) {
          response.body().close();
          Optional<String> location = response.headers().firstValue("location");
          if (location.isEmpty()) {
            throw new SourceException("unresolved-ref", uri + " answered " + status + " without a Location");
          }
          current = current.resolve(location.get());
          continue;
        }
        if (status != 200) {
          response.body().close();
          throw new SourceException("unresolved-ref", uri + " answered HTTP " + status);
        }
        try (InputStream in = response.body()) {
          return readLimited(in, maxBytes, uri.toString());
        }
      } catch (IOException e) {
        throw new SourceException("unresolved-ref", "cannot fetch " + uri + ": " + e.getMessage(), e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SourceException("unresolved-ref", "interrupted while fetching " + uri, e);
      }
    }
    throw new SourceException("unresolved-ref", uri + " redirects more than " + MAX_REDIRECTS + " times");
  }

  private static boolean isPrivate(String host) {
    try {
      for (InetAddress a : InetAddress.getAllByName(host)) {
        if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      return false;
    }
  }

  private static byte[] readLimited(InputStream in, long maxBytes, String name) throws SourceException {
    try {
      // Reading one byte past the limit tells a stream over it from one exactly at it (maxBytes + 1
      // itself could overflow, and was read as zero bytes).
      long limit = Math.min(maxBytes, MAX_ARRAY);
      byte[] bytes = in.readNBytes((int) limit + 1);
      if (bytes.length > limit) {
        throw new SourceException("file-too-large", name + " is over the limit of " + limit + " bytes");
      }
      return bytes;
    } catch (IOException e) {
      throw new SourceException("file-not-readable", "cannot read " + name + ": " + e.getMessage(), e);
    }
  }

  private static URI parseUri(String ref) {
    try {
      return new URI(ref);
    } catch (URISyntaxException e) {
      return null;
    }
  }

  private static String decodePath(String path) {
    return JsonPointers.percentDecoded(path);
  }

  private static String encodePath(String path) {
    return path.replace(" ", "%20");
  }

  @Override
  public void close() {
    if (git != null) {
      git.close();
    }
  }
}
