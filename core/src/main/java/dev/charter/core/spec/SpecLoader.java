package dev.charter.core.spec;

import dev.charter.core.diag.Diagnostic;
import dev.charter.core.diag.Location;
import dev.charter.core.diag.Severity;
import dev.charter.core.parse.DuplicateKey;
import dev.charter.core.parse.JsonPointers;
import dev.charter.core.parse.ParseFailure;
import dev.charter.core.parse.ParsedTree;
import dev.charter.core.parse.TextPosition;
import dev.charter.core.parse.TreeReader;
import dev.charter.core.source.DocumentId;
import dev.charter.core.source.DocumentSources;
import dev.charter.core.source.SourceException;
import dev.charter.core.source.SpecInput;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Loads a spec: reads the root document, detects its version, follows every {@code $ref} under the
 * {@link dev.charter.core.source.RefPolicy} (loading each referenced file once), and checks that
 * every reference leads somewhere. Problems that make the input unusable are collected, all of
 * them, and thrown together as a {@link SpecLoadException}; the rest become findings.
 */
public final class SpecLoader {
  private final LoadOptions options;
  private final TreeReader reader;

  public SpecLoader(LoadOptions options) {
    this.options = options;
    this.reader = new TreeReader(options.limits());
  }

  public SpecLoader() {
    this(LoadOptions.defaults());
  }

  public LoadOptions options() {
    return options;
  }

  /** Loads what a command-line argument names: a file, {@code -}, or {@code REV:path}. */
  public SpecDocument load(String argument) throws SpecLoadException {
    return load(SpecInput.parse(argument, options.workingDir(), options.stdinName()));
  }

  public SpecDocument load(Path file) throws SpecLoadException {
    return load(new SpecInput.File(file));
  }

  public SpecDocument load(SpecInput input) throws SpecLoadException {
    DocumentSources sources;
    try {
      sources = DocumentSources.open(input, options.refPolicy(), options.limits().maxBytes(),
          options.workingDir(), options.stdin());
    } catch (SourceException e) {
      throw new SpecLoadException(error(e.id(), e.getMessage(), Location.ofFile(input.display())));
    }
    try (sources) {
      return new Load(sources).run();
    }
  }

  private static Diagnostic error(String id, String message, Location location) {
    return new Diagnostic(id, Severity.ERROR, message, location);
  }

  /** The state of one load. */
  private final class Load {
    private final DocumentSources sources;
    private final Map<DocumentId, SpecFile> files = new LinkedHashMap<>();
    private final Map<DocumentId, String> failedFiles = new HashMap<>();
    private final Map<String, DocumentId> uriTargets = new HashMap<>();
    private final List<RefSite> refs = new ArrayList<>();
    private final List<Diagnostic> errors = new ArrayList<>();
    private final List<Diagnostic> findings = new ArrayList<>();
    private final Set<RefSite> skipped = new HashSet<>();
    /** One error per unreachable file: later references to it only add their lines to the first. */
    private final Map<String, Integer> firstErrorFor = new HashMap<>();
    private final Map<Integer, List<Integer>> alsoAt = new HashMap<>();

    Load(DocumentSources sources) {
      this.sources = sources;
    }

    SpecDocument run() throws SpecLoadException {
      DocumentId rootId = sources.rootId();
      SpecFile root = readFile(rootId, null);
      if (root == null) {
        throw new SpecLoadException(errors);
      }
      SpecVersion.Detection detection = SpecVersion.detect(root.root());
      if (detection.version().isEmpty()) {
        String pointer = detection.field().isEmpty() ? "" : "/" + detection.field();
        String id = detection.declared().isEmpty() ? "unknown-spec" : "unsupported-version";
        throw new SpecLoadException(error(id, detection.problem(), root.locate(pointer)));
      }
      ArrayDeque<SpecFile> queue = new ArrayDeque<>();
      queue.add(root);
      while (!queue.isEmpty()) {
        SpecFile file = queue.poll();
        List<RefSite> sites = new ArrayList<>();
        RefScanner.scan(file, sites);
        refs.addAll(sites);
        for (RefSite site : sites) {
          follow(site).ifPresent(queue::add);
        }
      }
      for (SpecFile f : files.values()) {
        for (DuplicateKey d : f.tree().duplicateKeys()) {
          findings.add(new Diagnostic("duplicate-key", Severity.WARN,
              "key '" + d.key() + "' appears more than once in this object; the last one (here) is used",
              at(f, d.pointer(), d.second()),
              List.of(at(f, d.pointer(), d.first()))));
        }
      }
      findings.sort(Diagnostic.BY_POSITION);
      SpecDocument doc = new SpecDocument(detection.version().get(), detection.declared(), root, files,
          uriTargets, refs, findings);
      for (RefSite site : refs) {
        if (!skipped.contains(site)) {
          checkTarget(doc, site);
        }
      }
      if (!errors.isEmpty()) {
        throw new SpecLoadException(collapsed(), doc);
      }
      return doc;
    }

    /** Records an error, or only its line when the same unreachable target was reported already. */
    private void addOnce(String key, Diagnostic d) {
      Integer first = firstErrorFor.get(key);
      if (first != null && errors.get(first).location().file().equals(d.location().file())) {
        alsoAt.computeIfAbsent(first, k -> new ArrayList<>()).add(d.location().line());
        return;
      }
      firstErrorFor.put(key, errors.size());
      errors.add(d);
    }

    private List<Diagnostic> collapsed() {
      List<Diagnostic> out = new ArrayList<>();
      for (int i = 0; i < errors.size(); i++) {
        Diagnostic d = errors.get(i);
        List<Integer> more = alsoAt.get(i);
        if (more != null) {
          d = new Diagnostic(d.id(), d.severity(), d.message() + " (also referenced at line"
              + (more.size() > 1 ? "s " : " ") + more.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "))
              + ")", d.location(), d.related());
        }
        out.add(d);
      }
      out.sort(Diagnostic.BY_POSITION);
      return out;
    }

    private Location at(SpecFile f, String pointer, TextPosition p) {
      return new Location(f.name(), pointer, p.line(), p.column(), 0, 0);
    }

    /** Reads and parses one file; on failure records an error (at {@code site} when reached by one). */
    private SpecFile readFile(DocumentId id, RefSite site) {
      byte[] bytes;
      try {
        bytes = sources.read(id);
      } catch (SourceException e) {
        String message = site == null ? e.getMessage() : "$ref '" + site.ref() + "' cannot be followed: " + e.getMessage();
        failedFiles.put(id, message);
        errors.add(error(site == null ? e.id() : "unresolved-ref", message,
            site == null ? Location.ofFile(id.name()) : site.location()));
        return null;
      }
      try {
        ParsedTree tree = reader.read(id.name(), bytes);
        SpecFile file = new SpecFile(id, bytes, tree);
        files.put(id, file);
        return file;
      } catch (ParseFailure f) {
        TextPosition p = f.position();
        String message = site == null ? f.getMessage()
            : f.getMessage() + " (reached through $ref '" + site.ref() + "' at " + site.location().describe() + ")";
        failedFiles.put(id, message);
        errors.add(error("parse-error", message, new Location(id.name(), "", p.line(), p.column(), 0, 0)));
        return null;
      }
    }

    /** Makes sure the file a reference names is loaded; returns it when it is new. */
    private Optional<SpecFile> follow(RefSite site) {
      String ref = site.ref();
      int hash = ref.indexOf('#');
      String uriPart = hash < 0 ? ref : ref.substring(0, hash);
      if (uriPart.isBlank()) {
        return Optional.empty();
      }
      String key = site.file().id().key() + '\u0000' + uriPart;
      DocumentId target = uriTargets.get(key);
      if (target == null) {
        try {
          target = sources.resolve(site.file().id(), uriPart);
        } catch (SourceException e) {
          skipped.add(site);
          if (e.id().equals("remote-ref-refused")) {
            findings.add(new Diagnostic(e.id(), Severity.WARN, e.getMessage(), site.location()));
          } else {
            addOnce(key, error(e.id(), e.getMessage(), site.location()));
          }
          return Optional.empty();
        }
        uriTargets.put(key, target);
      }
      if (files.containsKey(target)) {
        return Optional.empty();
      }
      if (failedFiles.containsKey(target)) {
        skipped.add(site);
        addOnce(target.key(), error("unresolved-ref", "$ref '" + ref + "' cannot be followed: " + failedFiles.get(target),
            site.location()));
        return Optional.empty();
      }
      int before = errors.size();
      SpecFile loaded = readFile(target, site);
      if (loaded == null) {
        skipped.add(site);
        if (errors.size() > before) {
          firstErrorFor.put(target.key(), before);
        }
      }
      return Optional.ofNullable(loaded);
    }

    private void checkTarget(SpecDocument doc, RefSite site) {
      String ref = site.ref();
      int hash = ref.indexOf('#');
      String fragment = hash < 0 ? "" : ref.substring(hash + 1);
      String pointer = JsonPointers.fromFragment(fragment);
      if (!pointer.isEmpty() && !pointer.startsWith("/")) {
        errors.add(error("unresolved-ref", "$ref '" + ref + "' has the fragment '#" + fragment
            + "', which is not a JSON pointer; charter follows only JSON pointer fragments", site.location()));
        return;
      }
      Optional<SpecNode> target = doc.target(site.file(), ref);
      if (target.isEmpty()) {
        errors.add(error("unresolved-ref", "$ref '" + ref + "' points to nothing: " + whatIsMissing(doc, site, pointer),
            site.location()));
        return;
      }
      // A chain of references that only leads to more references never reaches a value.
      SpecNode current = target.get();
      List<String> chain = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      seen.add(site.file().name() + "#" + site.pointer());
      while (current.isRef()) {
        chain.add(current.ref().orElseThrow());
        if (!seen.add(current.toString())) {
          errors.add(error("circular-ref", "$ref '" + ref + "' never reaches a value: the chain "
              + String.join(" -> ", chain) + " loops back on itself", site.location()));
          return;
        }
        Optional<SpecNode> next = doc.target(current.file(), current.ref().orElseThrow());
        if (next.isEmpty()) {
          return; // reported at that reference's own site
        }
        current = next.get();
      }
    }

    private String whatIsMissing(SpecDocument doc, RefSite site, String pointer) {
      String ref = site.ref();
      int hash = ref.indexOf('#');
      String uriPart = hash < 0 ? ref : ref.substring(0, hash);
      SpecFile file = site.file();
      if (!uriPart.isBlank()) {
        DocumentId id = uriTargets.get(site.file().id().key() + '\u0000' + uriPart);
        file = id == null ? null : files.get(id);
        if (file == null) {
          return "the file it names was not loaded";
        }
      }
      List<String> tokens = JsonPointers.split(pointer);
      StringBuilder prefix = new StringBuilder();
      for (String token : tokens) {
        String next = prefix + "/" + JsonPointers.escape(token);
        if (doc.node(file, next).isEmpty()) {
          String where = prefix.length() == 0 ? "the document" : "'" + prefix + "'";
          return where + (uriPart.isBlank() ? "" : " of " + uriPart) + " has no member '" + token + "'";
        }
        prefix.setLength(0);
        prefix.append(next);
      }
      return "'" + pointer + "' does not exist";
    }
  }
}
