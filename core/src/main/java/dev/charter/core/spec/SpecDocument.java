package dev.charter.core.spec;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.core.diag.Diagnostic;
import dev.charter.core.diag.Location;
import dev.charter.core.parse.JsonPointers;
import dev.charter.core.source.DocumentId;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A loaded spec: its root document, every file its references reached, every {@code $ref} and where
 * it leads, and the findings loading produced (duplicate keys, remote references not followed).
 * Immutable once loaded and safe to share between threads.
 */
public final class SpecDocument {
  private static final int MAX_CHAIN = 64;

  private final SpecVersion version;
  private final String declaredVersion;
  private final SpecFile root;
  private final Map<DocumentId, SpecFile> files;
  private final Map<String, DocumentId> uriTargets;
  private final List<RefSite> refs;
  private final List<Diagnostic> findings;
  private final Map<String, Optional<SpecNode>> targetCache = new ConcurrentHashMap<>();

  SpecDocument(SpecVersion version, String declaredVersion, SpecFile root, Map<DocumentId, SpecFile> files,
      Map<String, DocumentId> uriTargets, List<RefSite> refs, List<Diagnostic> findings) {
    this.version = version;
    this.declaredVersion = declaredVersion;
    this.root = root;
    this.files = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(files));
    this.uriTargets = Map.copyOf(uriTargets);
    this.refs = List.copyOf(refs);
    this.findings = List.copyOf(findings);
  }

  public SpecVersion version() {
    return version;
  }

  /** The version text as written ({@code 3.0.3}). */
  public String declaredVersion() {
    return declaredVersion;
  }

  public SpecFile root() {
    return root;
  }

  public SpecNode rootNode() {
    return new SpecNode(this, root, "", root.root());
  }

  /** The root file first, then the others in the order they were reached. */
  public Collection<SpecFile> files() {
    return files.values();
  }

  public Optional<SpecFile> file(String name) {
    return files.values().stream().filter(f -> f.name().equals(name)).findFirst();
  }

  public boolean isMultiFile() {
    return files.size() > 1;
  }

  /** Every {@code $ref} of every file, in document order per file. */
  public List<RefSite> refs() {
    return refs;
  }

  /** Findings from loading: duplicate keys, references deliberately not followed. */
  public List<Diagnostic> findings() {
    return findings;
  }

  /** The node at {@code pointer} in {@code file}, without following references on the way. */
  public Optional<SpecNode> node(SpecFile file, String pointer) {
    JsonNode n = file.root().at(pointer.isEmpty() ? "" : safePointer(pointer));
    return n.isMissingNode() ? Optional.empty() : Optional.of(new SpecNode(this, file, pointer, n));
  }

  private static String safePointer(String pointer) {
    return pointer.startsWith("/") ? pointer : "/" + pointer;
  }

  public Location locate(SpecFile file, String pointer) {
    return file.locate(pointer);
  }

  /**
   * Where the reference {@code ref}, written in {@code from}, leads: the node itself, which may be
   * another reference. Empty when it cannot be followed.
   */
  public Optional<SpecNode> target(SpecFile from, String ref) {
    return targetCache.computeIfAbsent(from.id().key() + '\u0000' + ref, k -> computeTarget(from, ref));
  }

  /** Follows the chain of references that starts at {@code node} to the node it stands for. */
  public SpecNode resolve(SpecNode node) {
    SpecNode current = node;
    Set<String> seen = null;
    for (int i = 0; i < MAX_CHAIN && current.isRef(); i++) {
      Optional<SpecNode> next = target(current.file(), current.ref().orElseThrow());
      if (next.isEmpty()) {
        return current;
      }
      if (seen == null) {
        seen = new HashSet<>();
      }
      if (!seen.add(next.get().toString())) {
        return current;
      }
      current = next.get();
    }
    return current;
  }

  private Optional<SpecNode> computeTarget(SpecFile from, String ref) {
    int hash = ref.indexOf('#');
    String uriPart = hash < 0 ? ref : ref.substring(0, hash);
    String fragment = hash < 0 ? "" : ref.substring(hash + 1);
    SpecFile file = from;
    if (!uriPart.isBlank()) {
      DocumentId id = uriTargets.get(from.id().key() + '\u0000' + uriPart);
      file = id == null ? null : files.get(id);
      if (file == null) {
        return Optional.empty();
      }
    }
    String pointer = JsonPointers.fromFragment(fragment);
    if (!pointer.isEmpty() && !pointer.startsWith("/")) {
      return Optional.empty();
    }
    return walk(file, pointer, 0);
  }

  /**
   * Walks {@code pointer} from the root of {@code file}. A reference met on the way is followed
   * when the pointer continues past it, as JSON Schema tooling does.
   */
  private Optional<SpecNode> walk(SpecFile file, String pointer, int depth) {
    if (depth > MAX_CHAIN) {
      return Optional.empty();
    }
    SpecNode current = new SpecNode(this, file, "", file.root());
    List<String> tokens = JsonPointers.split(pointer);
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      Optional<SpecNode> next = current.isArray() ? index(current, token) : current.get(token);
      if (next.isEmpty() && current.isRef()) {
        SpecNode through = resolve(current);
        if (through != current) {
          next = through.isArray() ? index(through, token) : through.get(token);
        }
      }
      if (next.isEmpty()) {
        return Optional.empty();
      }
      current = next.get();
    }
    return Optional.of(current);
  }

  private static Optional<SpecNode> index(SpecNode array, String token) {
    try {
      return array.get(Integer.parseInt(token));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
