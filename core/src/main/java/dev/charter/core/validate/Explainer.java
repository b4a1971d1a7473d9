package dev.charter.core.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.Error;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.path.NodePath;
import dev.charter.core.parse.JsonPointers;
import dev.charter.core.validate.Finding.Kind;
import dev.charter.core.validate.SchemaCatalog.SchemaDocs;
import dev.charter.core.validate.SchemaCatalog.SchemaDocs.Located;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns the raw errors of a JSON Schema validation into one finding per real problem.
 *
 * <p>The official schemas express alternatives with {@code oneOf}/{@code anyOf}; when none
 * matches, the validator reports every failing branch. The errors are grouped by the alternative
 * they were found in (from their evaluation path and instance location), each branch is explained
 * on its own, recursively, and only the most relevant branch is kept:
 *
 * <ol>
 *   <li>a branch for a Reference Object ({@code $ref} required) is irrelevant to an object without
 *       {@code $ref}, and the only relevant one for an object with it;
 *   <li>a branch that does not accept the JSON type of the value is irrelevant when another does;
 *       when none does, one message lists the types accepted;
 *   <li>a branch rejected by the value of a discriminating property ({@code in}, {@code type}: an
 *       enum or const on a member) is irrelevant when another branch accepts that value; when none
 *       does, one message lists the values the branches accept;
 *   <li>problems every remaining branch has in common are reported, and only them;
 *   <li>branches that each only require a different property become "one of … is required";
 *   <li>otherwise the branch with the fewest problems, then the deepest ones, wins.
 * </ol>
 *
 * <p>A branch whose errors are all explained away counts as matched. A value that matches several
 * branches of a oneOf is fine when it is a reference and one of them is the Reference Object (the
 * AsyncAPI schemas give Parameter and Schema Objects a {@code $ref} member too); two members that
 * each select a branch are reported as not to be used together.
 *
 * <p>{@code unevaluatedProperties} (OpenAPI 3.1) flags every member whose subschema failed, since a
 * failed subschema evaluates nothing; such an error is dropped when the member is one the schema
 * knows and another error explains it.
 */
final class Explainer {
  private final SchemaDocs docs;

  Explainer(SchemaDocs docs) {
    this.docs = docs;
  }

  /** An error with its evaluation path and instance location taken apart. */
  private static final class E {
    final Error error;
    final String keyword;
    final Object[] eval;
    final List<String> inst;
    final String pointer;
    /** For unevaluatedProperties: the property is one the schema declares somewhere. */
    boolean knownName;

    E(Error error) {
      this.error = error;
      this.keyword = error.getKeyword() == null ? "" : error.getKeyword();
      NodePath ev = error.getEvaluationPath();
      int n = ev == null ? 0 : ev.getNameCount();
      this.eval = new Object[n];
      for (int i = 0; i < n; i++) {
        eval[i] = ev.getElement(i);
      }
      NodePath in = error.getInstanceLocation();
      int m = in == null ? 0 : in.getNameCount();
      List<String> tokens = new ArrayList<>(m);
      for (int i = 0; i < m; i++) {
        tokens.add(String.valueOf(in.getElement(i)));
      }
      this.inst = tokens;
      this.pointer = JsonPointers.join(tokens);
    }

    JsonNode instance() {
      return error.getInstanceNode();
    }

    Object[] args() {
      Object[] a = error.getArguments();
      return a == null ? new Object[0] : a;
    }

    String property() {
      if (error.getProperty() != null) {
        return error.getProperty();
      }
      Object[] a = args();
      return a.length > 0 ? String.valueOf(a[0]) : "";
    }
  }

  /** Errors that belong to the same alternative, and the alternatives nested in it. */
  private static final class Group {
    final List<E> direct = new ArrayList<>();
    final Map<String, Combo> combos = new LinkedHashMap<>();
  }

  /** One evaluation of a oneOf/anyOf at one instance location. */
  private static final class Combo {
    final String keyword;
    final String pointer;
    E explicit;
    final TreeMap<Integer, Group> branches = new TreeMap<>();

    Combo(String keyword, String pointer) {
      this.keyword = keyword;
      this.pointer = pointer;
    }
  }

  List<Finding> explain(List<Error> errors) {
    List<E> all = new ArrayList<>(errors.size());
    for (Error e : errors) {
      all.add(new E(e));
    }
    List<E> kept = dropUnevaluatedCascades(all);
    Group top = group(kept);
    Map<String, Finding> out = new LinkedHashMap<>();
    for (Finding f : resolve(top)) {
      out.putIfAbsent(f.key(), f);
    }
    return new ArrayList<>(out.values());
  }

  // ---------------------------------------------------------------- unevaluatedProperties cascades

  private List<E> dropUnevaluatedCascades(List<E> all) {
    boolean any = false;
    for (E e : all) {
      if (e.keyword.equals("unevaluatedProperties")) {
        any = true;
        break;
      }
    }
    if (!any) {
      return all;
    }
    NavigableSet<String> others = new TreeSet<>();
    NavigableSet<String> unevaluatedObjects = new TreeSet<>();
    for (E e : all) {
      if (e.keyword.equals("unevaluatedProperties")) {
        unevaluatedObjects.add(e.pointer);
      } else {
        others.add(e.pointer);
      }
    }
    List<E> kept = new ArrayList<>(all.size());
    for (E e : all) {
      if (!e.keyword.equals("unevaluatedProperties")) {
        kept.add(e);
        continue;
      }
      String p = e.property();
      Names names = namesAround(e.error.getSchemaLocation(), true);
      e.knownName = names != null && names.accepts(p);
      if (e.knownName) {
        String member = JsonPointers.append(e.pointer, p);
        boolean explained = others.contains(e.pointer) || hasAtOrBelow(others, member)
            || hasAtOrBelow(unevaluatedObjects, member);
        if (explained) {
          continue;
        }
      }
      kept.add(e);
    }
    return kept;
  }

  /** Whether {@code pointers} holds {@code member} or a pointer inside it. */
  private static boolean hasAtOrBelow(NavigableSet<String> pointers, String member) {
    if (pointers.contains(member)) {
      return true;
    }
    String prefix = member + "/";
    String next = pointers.ceiling(prefix);
    return next != null && next.startsWith(prefix);
  }

  // ---------------------------------------------------------------- grouping

  private Group group(List<E> errors) {
    Group top = new Group();
    Map<String, Combo> index = new HashMap<>();
    List<E> explicitOneOfs = new ArrayList<>();
    for (E e : errors) {
      if (e.keyword.equals("oneOf")) {
        explicitOneOfs.add(e);
        continue;
      }
      walk(top, index, e).direct.add(e);
    }
    for (E e : explicitOneOfs) {
      Group g = walk(top, index, e);
      String key = evalKey(e.eval, e.eval.length) + '\u0000' + e.pointer;
      Combo c = index.get(key);
      if (c == null) {
        c = new Combo("oneOf", e.pointer);
        index.put(key, c);
        g.combos.put(key, c);
      }
      c.explicit = e;
    }
    return top;
  }

  /**
   * Follows the evaluation path of {@code e} through the alternatives it passes, creating them as
   * needed, and returns the group it ends in. The instance location of each alternative is the
   * error's, cut to the members the path has descended into by then.
   */
  private Group walk(Group top, Map<String, Combo> index, E e) {
    Group[] g = {top};
    descend(e.eval, (keyword, key, depth, branch) -> {
      String pointer = JsonPointers.join(e.inst.subList(0, Math.min(depth, e.inst.size())));
      String ckey = key + "\u0000" + pointer;
      Combo c = index.get(ckey);
      if (c == null) {
        c = new Combo(keyword, pointer);
        index.put(ckey, c);
        g[0].combos.put(ckey, c);
      }
      g[0] = c.branches.computeIfAbsent(branch, b -> new Group());
    });
    return g[0];
  }

  /** Told of each oneOf/anyOf branch an evaluation path goes through. */
  interface BranchVisitor {
    /**
     * @param keyword oneOf or anyOf
     * @param key the evaluation path up to and including the keyword
     * @param depth how many members or items deep into the instance the path is there
     * @param branch the index of the branch taken
     */
    void branch(String keyword, String key, int depth, int branch);
  }

  /**
   * Walks an evaluation path keyword by keyword, counting how deep into the instance it descends
   * ({@code properties/<name>}, {@code items}, {@code additionalProperties}, … each go one level
   * down; {@code $ref}, {@code allOf}, {@code if}, … stay), and reports the oneOf/anyOf branches on
   * the way. The last segment, the failing keyword itself, never descends: the depth returned is
   * that of the error's instance location.
   */
  static int descend(Object[] ev, BranchVisitor visitor) {
    StringBuilder key = new StringBuilder();
    int depth = 0;
    int k = 0;
    while (k < ev.length - 1) {
      String s = String.valueOf(ev[k]);
      Object next = ev[k + 1];
      key.append('\u0001').append(s);
      switch (s) {
        case "properties", "patternProperties", "prefixItems" -> {
          depth++;
          key.append('\u0001').append(next);
          k += 2;
        }
        case "dependentSchemas", "dependencies", "allOf" -> {
          key.append('\u0001').append(next);
          k += 2;
        }
        case "oneOf", "anyOf" -> {
          if (next instanceof Integer branch) {
            visitor.branch(s, key.toString(), depth, branch);
          }
          key.append('\u0001').append(next);
          k += 2;
        }
        case "items" -> {
          depth++;
          if (next instanceof Integer) {
            key.append('\u0001').append(next);
            k += 2;
          } else {
            k++;
          }
        }
        case "additionalProperties", "unevaluatedProperties", "additionalItems", "unevaluatedItems", "contains" -> {
          depth++;
          k++;
        }
        default -> k++;
      }
    }
    return depth;
  }

  /** For tests: the evaluation path of a raw error, as {@link #descend} reads it. */
  static Object[] evaluationPath(Error error) {
    return new E(error).eval;
  }

  private static String evalKey(Object[] eval, int length) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < length; i++) {
      sb.append('\u0001').append(eval[i]);
    }
    return sb.toString();
  }

  // ---------------------------------------------------------------- resolution

  private List<Finding> resolve(Group g) {
    List<Finding> out = new ArrayList<>();
    for (E e : g.direct) {
      Finding f = describe(e);
      if (f != null) {
        out.add(f);
      }
    }
    for (Combo c : g.combos.values()) {
      out.addAll(choose(c));
    }
    return tidy(out);
  }

  /**
   * One message per node where several schemas that all apply say overlapping things: a value
   * both of the wrong type and not in an enum gets the enum (it says more); several type
   * complaints become one with the types all of them accept; "matches several alternatives" is
   * dropped when something more specific is said about the same node (a missing member usually is
   * why several alternatives match).
   */
  private static List<Finding> tidy(List<Finding> fs) {
    if (fs.size() < 2) {
      return fs;
    }
    Set<String> enums = new HashSet<>();
    Map<String, List<Finding>> types = new LinkedHashMap<>();
    Set<String> specific = new HashSet<>();
    Set<String> required = new HashSet<>();
    for (Finding f : fs) {
      if (f.kind() == Kind.REQUIRED) {
        required.add(f.pointer());
      }
      if (f.kind() == Kind.ENUM) {
        enums.add(f.pointer());
      }
      if (f.kind() == Kind.TYPE) {
        types.computeIfAbsent(f.pointer(), k -> new ArrayList<>()).add(f);
      }
      if (f.kind() != Kind.AMBIGUOUS) {
        specific.add(f.pointer());
      }
    }
    List<Finding> out = new ArrayList<>(fs.size());
    Set<String> typeDone = new HashSet<>();
    for (Finding f : fs) {
      if (f.kind() == Kind.AMBIGUOUS && specific.contains(f.pointer())) {
        continue;
      }
      if (f.kind() == Kind.MIN_PROPERTIES && required.contains(f.pointer())) {
        continue;
      }
      if (f.kind() == Kind.TYPE) {
        if (enums.contains(f.pointer()) || !typeDone.add(f.pointer())) {
          continue;
        }
        List<Finding> same = types.get(f.pointer());
        out.add(same.size() == 1 ? f : mergeTypes(same));
        continue;
      }
      out.add(f);
    }
    return out;
  }

  /** The types every complaint accepts; the first complaint when they have none in common. */
  private static Finding mergeTypes(List<Finding> same) {
    List<JsonNode> common = new ArrayList<>(same.get(0).values());
    for (Finding f : same.subList(1, same.size())) {
      Set<String> names = new HashSet<>();
      f.values().forEach(v -> names.add(v.asText()));
      common.removeIf(v -> !names.contains(v.asText()));
    }
    if (common.isEmpty()) {
      return same.get(0);
    }
    return typeFinding(same.get(0).pointer(), common, null, same.get(0).message());
  }

  private List<Finding> choose(Combo c) {
    E explicit = c.explicit;
    if (explicit != null) {
      Object[] a = explicit.args();
      int valid = a.length > 0 ? parseInt(String.valueOf(a[0])) : 0;
      if (valid > 1) {
        Finding f = ambiguous(explicit, a.length > 1 ? String.valueOf(a[1]) : "");
        return f == null ? List.of() : List.of(f);
      }
    }
    Map<Integer, List<Finding>> fs = new LinkedHashMap<>();
    for (Map.Entry<Integer, Group> b : c.branches.entrySet()) {
      List<Finding> f = resolve(b.getValue());
      if (f.isEmpty()) {
        // The branch failed only for reasons explained away (a valid reference matched by two
        // branches, an unevaluated member): the value does match it.
        return List.of();
      }
      fs.put(b.getKey(), f);
    }
    if (fs.isEmpty()) {
      return explicit == null ? List.of() : List.of(Finding.of(Kind.OTHER, c.pointer,
          Phrases.subject(c.pointer) + " does not match any of the forms allowed here"));
    }
    List<Integer> candidates = new ArrayList<>(fs.keySet());
    JsonNode instance = instanceOf(c, fs);

    // 1. Reference Object branches.
    Set<Integer> refBranches = referenceBranches(c, fs);
    boolean hasRef = instance != null && instance.isObject() && instance.has("$ref");
    if (!hasRef) {
      if (refBranches.size() < candidates.size()) {
        candidates.removeAll(refBranches);
      }
    } else {
      List<Integer> refs = new ArrayList<>(candidates);
      refs.retainAll(refBranches);
      if (!refs.isEmpty()) {
        candidates = refs;
      }
    }

    // 2. Branches that do not take this JSON type at all.
    List<Integer> typeOk = new ArrayList<>();
    for (int i : candidates) {
      if (!has(fs.get(i), Kind.TYPE, c.pointer)) {
        typeOk.add(i);
      }
    }
    if (typeOk.isEmpty()) {
      return List.of(unionType(c.pointer, instance, candidates, fs));
    }
    candidates = typeOk;

    // 3. Discriminating members.
    if (instance != null && instance.isObject() && candidates.size() > 1) {
      Map<Integer, Set<String>> mismatches = new LinkedHashMap<>();
      List<Integer> matching = new ArrayList<>();
      for (int i : candidates) {
        Set<String> keys = discriminatorMismatches(fs.get(i), c.pointer, instance);
        mismatches.put(i, keys);
        if (keys.isEmpty()) {
          matching.add(i);
        }
      }
      if (!matching.isEmpty()) {
        candidates = matching;
      } else {
        Set<String> common = null;
        for (Set<String> keys : mismatches.values()) {
          if (common == null) {
            common = new LinkedHashSet<>(keys);
          } else {
            common.retainAll(keys);
          }
        }
        if (common != null && !common.isEmpty()) {
          return List.of(unionEnum(JsonPointers.append(c.pointer, common.iterator().next()), candidates, fs));
        }
      }
    }

    if (candidates.size() == 1) {
      return fs.get(candidates.get(0));
    }

    // 4. What every remaining branch complains about.
    Map<String, Finding> common = null;
    for (int i : candidates) {
      Map<String, Finding> keyed = new LinkedHashMap<>();
      for (Finding f : fs.get(i)) {
        keyed.put(f.key(), f);
      }
      if (common == null) {
        common = keyed;
      } else {
        common.keySet().retainAll(keyed.keySet());
      }
    }
    if (common != null && !common.isEmpty()) {
      return new ArrayList<>(common.values());
    }

    // 5. Each branch only requires its own property: "one of … is required".
    List<String> required = new ArrayList<>();
    for (int i : candidates) {
      List<Finding> f = fs.get(i);
      if (f.size() == 1 && f.get(0).kind() == Kind.REQUIRED && f.get(0).pointer().equals(c.pointer)) {
        required.add(Phrases.quoted(f.get(0).property()));
      }
    }
    if (required.size() == candidates.size()) {
      String which = c.keyword.equals("oneOf") ? "exactly one of " : "at least one of ";
      return List.of(new Finding(Kind.REQUIRED, c.pointer, which + Phrases.or(required) + " is required",
          null, List.of()));
    }

    // 6. The branch with the fewest, then deepest, problems.
    int best = candidates.get(0);
    for (int i : candidates) {
      if (better(fs.get(i), fs.get(best))) {
        best = i;
      }
    }
    return fs.get(best);
  }

  private static boolean better(List<Finding> a, List<Finding> b) {
    if (a.size() != b.size()) {
      return a.size() < b.size();
    }
    return maxDepth(a) > maxDepth(b);
  }

  private static int maxDepth(List<Finding> fs) {
    int d = 0;
    for (Finding f : fs) {
      d = Math.max(d, f.depth());
    }
    return d;
  }

  private static boolean has(List<Finding> fs, Kind kind, String pointer) {
    for (Finding f : fs) {
      if (f.kind() == kind && f.pointer().equals(pointer)) {
        return true;
      }
    }
    return false;
  }

  /** The instance the alternative was evaluated against. */
  private JsonNode instanceOf(Combo c, Map<Integer, List<Finding>> fs) {
    if (c.explicit != null) {
      return c.explicit.instance();
    }
    for (Group g : c.branches.values()) {
      JsonNode n = instanceIn(g, c.pointer);
      if (n != null) {
        return n;
      }
    }
    return null;
  }

  /** Finds the node at {@code pointer} by starting from the instance of any error at or below it. */
  private static JsonNode instanceIn(Group g, String pointer) {
    for (E e : g.direct) {
      JsonNode n = e.instance();
      if (n == null) {
        continue;
      }
      if (e.pointer.equals(pointer)) {
        return n;
      }
    }
    for (Combo c : g.combos.values()) {
      if (c.explicit != null && c.explicit.pointer.equals(pointer)) {
        return c.explicit.instance();
      }
      for (Group b : c.branches.values()) {
        JsonNode n = instanceIn(b, pointer);
        if (n != null) {
          return n;
        }
      }
    }
    return null;
  }

  /** Branches that are Reference Objects: they require {@code $ref}. */
  private Set<Integer> referenceBranches(Combo c, Map<Integer, List<Finding>> fs) {
    Set<Integer> out = new HashSet<>();
    for (Map.Entry<Integer, List<Finding>> e : fs.entrySet()) {
      for (Finding f : e.getValue()) {
        if (f.kind() == Kind.REQUIRED && "$ref".equals(f.property()) && f.pointer().equals(c.pointer)) {
          out.add(e.getKey());
        }
      }
    }
    if (c.explicit != null) {
      SchemaLocation loc = c.explicit.error.getSchemaLocation();
      JsonNode branches = docs.node(loc);
      if (branches != null && branches.isArray()) {
        String iri = loc.getAbsoluteIri() == null ? "" : SchemaCatalog.strip(loc.getAbsoluteIri().toString());
        for (int i = 0; i < branches.size(); i++) {
          Located l = docs.resolve(iri, branches.get(i));
          if (l != null && requires(l.node(), "$ref")) {
            out.add(i);
          }
        }
      }
    }
    return out;
  }

  private static boolean requires(JsonNode schema, String property) {
    JsonNode req = schema.get("required");
    if (req != null && req.isArray()) {
      for (JsonNode r : req) {
        if (r.asText().equals(property)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Members of {@code instance} whose value a branch rejects with an enum or const. */
  private static Set<String> discriminatorMismatches(List<Finding> fs, String at, JsonNode instance) {
    Set<String> keys = new LinkedHashSet<>();
    String prefix = at + "/";
    for (Finding f : fs) {
      if (f.kind() != Kind.ENUM || !f.pointer().startsWith(prefix)) {
        continue;
      }
      String rest = f.pointer().substring(prefix.length());
      if (rest.indexOf('/') >= 0) {
        continue;
      }
      String key = JsonPointers.unescape(rest);
      JsonNode v = instance.get(key);
      if (v != null && v.isValueNode()) {
        keys.add(key);
      }
    }
    return keys;
  }

  private static Finding unionEnum(String pointer, List<Integer> candidates, Map<Integer, List<Finding>> fs) {
    LinkedHashMap<String, JsonNode> values = new LinkedHashMap<>();
    for (int i : candidates) {
      for (Finding f : fs.get(i)) {
        if (f.kind() == Kind.ENUM && f.pointer().equals(pointer)) {
          for (JsonNode v : f.values()) {
            values.putIfAbsent(v.toString(), v);
          }
        }
      }
    }
    return enumFinding(pointer, new ArrayList<>(values.values()));
  }

  private static Finding unionType(String pointer, JsonNode instance, List<Integer> candidates,
      Map<Integer, List<Finding>> fs) {
    LinkedHashMap<String, JsonNode> types = new LinkedHashMap<>();
    for (int i : candidates) {
      for (Finding f : fs.get(i)) {
        if (f.kind() == Kind.TYPE && f.pointer().equals(pointer)) {
          for (JsonNode v : f.values()) {
            types.putIfAbsent(v.asText(), v);
          }
        }
      }
    }
    return typeFinding(pointer, new ArrayList<>(types.values()), instance);
  }

  /**
   * The finding for a value that matches several branches of a oneOf, or null when it is a
   * reference and one of them is the Reference Object: a {@code $ref} is valid where a reference is
   * allowed, even if another branch (a schema, an AsyncAPI parameter) also has a {@code $ref} member.
   */
  private Finding ambiguous(E e, String indexes) {
    SchemaLocation loc = e.error.getSchemaLocation();
    JsonNode branches = docs.node(loc);
    List<String> props = new ArrayList<>();
    JsonNode instance = e.instance();
    boolean isRef = instance != null && instance.isObject() && instance.path("$ref").isTextual();
    if (branches != null && branches.isArray()) {
      String iri = loc.getAbsoluteIri() == null ? "" : SchemaCatalog.strip(loc.getAbsoluteIri().toString());
      for (String idx : indexes.split(",\\s*")) {
        int i = parseInt(idx.trim());
        if (i < 0 || i >= branches.size()) {
          continue;
        }
        Located l = docs.resolve(iri, branches.get(i));
        if (isRef && l != null && requires(l.node(), "$ref")) {
          return null;
        }
        JsonNode req = l == null ? null : l.node().get("required");
        if (req != null && req.isArray() && req.size() == 1 && e.instance() != null
            && e.instance().has(req.get(0).asText())) {
          props.add(Phrases.quoted(req.get(0).asText()));
        }
      }
    }
    if (props.size() > 1) {
      String list = String.join(" and ", props);
      return Finding.of(Kind.OTHER, e.pointer, list + " must not be used together");
    }
    return Finding.of(Kind.AMBIGUOUS, e.pointer, Phrases.subject(e.pointer)
        + " matches more than one of the forms allowed here; it must match exactly one");
  }

  private static int parseInt(String s) {
    try {
      return Integer.parseInt(s.trim());
    } catch (NumberFormatException ex) {
      return -1;
    }
  }

  // ---------------------------------------------------------------- single errors

  private Finding describe(E e) {
    String at = e.pointer;
    String subject = Phrases.subject(at);
    JsonNode schema = e.error.getSchemaNode();
    switch (e.keyword) {
      case "required": {
        String p = e.property();
        return new Finding(Kind.REQUIRED, at, "missing required property '" + p + "'" + condition(e), p, List.of());
      }
      case "additionalProperties":
      case "unevaluatedProperties": {
        String p = e.property();
        String member = JsonPointers.append(at, p);
        if (e.knownName) {
          return new Finding(Kind.NOT_ALLOWED, member, "property '" + p + "' is not allowed here", p, List.of());
        }
        if (p.equals("$ref")) {
          return new Finding(Kind.NOT_ALLOWED, member, "a reference is not allowed here", p, List.of());
        }
        Names names = namesAround(e.error.getSchemaLocation(), e.keyword.equals("unevaluatedProperties"));
        return new Finding(Kind.UNKNOWN_PROPERTY, member, unknownProperty(p, names), p, List.of());
      }
      case "type": {
        if (at.endsWith("/$ref") && e.instance() != null && e.instance().isTextual()) {
          // {$ref: …} where the schema expects a map of named entries: the author meant a reference.
          return new Finding(Kind.NOT_ALLOWED, at, "a reference is not allowed here ('$ref' would be the name of an entry)",
              "$ref", List.of());
        }
        List<JsonNode> types = new ArrayList<>();
        if (schema != null && schema.isArray()) {
          schema.forEach(types::add);
        } else if (schema != null && schema.isTextual()) {
          types.add(schema);
        } else {
          Object[] a = e.args();
          if (a.length > 1) {
            types.add(TextNode.valueOf(String.valueOf(a[1])));
          }
        }
        return typeFinding(at, types, e.instance());
      }
      case "enum": {
        List<JsonNode> values = new ArrayList<>();
        if (schema != null && schema.isArray()) {
          schema.forEach(values::add);
        }
        return enumFinding(at, values);
      }
      case "const":
        return enumFinding(at, schema == null ? List.of() : List.of(schema));
      case "pattern":
        return Finding.of(Kind.PATTERN, at, subject + " does not match pattern " + text(schema));
      case "minLength": {
        long n = number(schema);
        return Finding.of(Kind.OTHER, at, n == 1 ? subject + " must not be empty"
            : subject + " must be at least " + Phrases.plural(n, "character", "characters") + " long");
      }
      case "maxLength":
        return Finding.of(Kind.OTHER, at, subject + " must be at most "
            + Phrases.plural(number(schema), "character", "characters") + " long");
      case "minItems":
        return Finding.of(Kind.OTHER, at, subject + " must have at least "
            + Phrases.plural(number(schema), "item", "items"));
      case "maxItems":
        return Finding.of(Kind.OTHER, at, subject + " must have at most "
            + Phrases.plural(number(schema), "item", "items"));
      case "minProperties":
        return Finding.of(Kind.MIN_PROPERTIES, at, subject + " must have at least "
            + Phrases.plural(number(schema), "property", "properties"));
      case "maxProperties":
        return Finding.of(Kind.OTHER, at, subject + " must have at most "
            + Phrases.plural(number(schema), "property", "properties"));
      case "uniqueItems":
        return Finding.of(Kind.OTHER, at, subject + " must not contain duplicate items" + duplicate(e.instance()));
      case "minimum":
      case "exclusiveMinimum":
      case "maximum":
      case "exclusiveMaximum":
        return Finding.of(Kind.OTHER, at, subject + " must be " + bound(e));
      case "multipleOf":
        return Finding.of(Kind.OTHER, at, subject + " must be a multiple of " + text(schema));
      case "not":
        return not(e, schema);
      case "false": {
        // a member whose schema is false ({"properties": {"x": false}}): it may not be there
        String name = JsonPointers.last(at);
        if (!at.isEmpty() && !Phrases.isIndex(name)) {
          return new Finding(Kind.NOT_ALLOWED, at, "property '" + name + "' is not allowed here", name, List.of());
        }
        return Finding.of(Kind.OTHER, at, subject + " is not allowed here");
      }
      case "propertyNames": {
        String p = e.property();
        String member = p.isEmpty() ? at : JsonPointers.append(at, p);
        if (schema != null && schema.path("pattern").isTextual()) {
          return new Finding(Kind.PATTERN, member, "property name '" + p + "' does not match pattern "
              + schema.get("pattern").asText(), p, List.of());
        }
        return new Finding(Kind.OTHER, member, "property name '" + p + "' is not allowed here", p, List.of());
      }
      case "format":
        return null;
      default:
        return Finding.of(Kind.OTHER, at, subject + ": " + e.error.getMessage());
    }
  }

  /** A type complaint with another list of types, keeping what the original message says was found. */
  private static Finding typeFinding(String at, List<JsonNode> types, JsonNode instance, String original) {
    Finding f = typeFinding(at, types, instance);
    int found = original.lastIndexOf(", found ");
    if (found < 0) {
      return f;
    }
    String message = f.message().substring(0, f.message().lastIndexOf(", found ")) + original.substring(found);
    return new Finding(Kind.TYPE, at, message, null, types);
  }

  /**
   * Why a member is required when the requirement is conditional ({@code if}/{@code then}, as the
   * OpenAPI 3.1 schema writes most rules): {@code " (required when 'type' is apiKey)"}, or {@code "
   * (or a member matching …)"} for "if no member matches, then this one is required". Empty otherwise.
   */
  private String condition(E e) {
    SchemaLocation loc = e.error.getSchemaLocation();
    if (loc == null || loc.getFragment() == null || loc.getFragment().getNameCount() < 2) {
      return "";
    }
    NodePath fragment = loc.getFragment();
    if (!"then".equals(String.valueOf(fragment.getElement(fragment.getNameCount() - 2)))) {
      return "";
    }
    JsonNode holder = docs.node(new SchemaLocation(loc.getAbsoluteIri(), fragment.getParent().getParent()));
    JsonNode cond = holder == null ? null : holder.get("if");
    if (cond == null || !cond.isObject()) {
      return "";
    }
    int keywords = cond.size() - (cond.has("$comment") ? 1 : 0) - (cond.has("description") ? 1 : 0);
    if (keywords == 1 && cond.path("patternProperties").size() == 1) {
      Map.Entry<String, JsonNode> only = cond.get("patternProperties").properties().iterator().next();
      if (only.getValue().isBoolean() && !only.getValue().asBoolean()) {
        return " (or a member matching " + only.getKey() + ")";
      }
    }
    JsonNode props = cond.get("properties");
    if (props == null || !props.isObject() || props.isEmpty()) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, JsonNode> m : props.properties()) {
      JsonNode c = m.getValue().get("const");
      if (c == null) {
        JsonNode en = m.getValue().get("enum");
        c = en != null && en.isArray() && en.size() == 1 ? en.get(0) : null;
      }
      if (c == null) {
        return "";
      }
      parts.add("'" + m.getKey() + "' is " + Phrases.value(c));
    }
    return " (required when " + String.join(" and ", parts) + ")";
  }

  private static Finding typeFinding(String at, List<JsonNode> types, JsonNode instance) {
    List<String> names = new ArrayList<>();
    for (JsonNode t : types) {
      names.add(Phrases.article(t.asText()));
    }
    if (names.contains("an integer") && names.contains("a number")) {
      names.remove("an integer");
    }
    String found = Phrases.found(instance);
    if (instance != null && instance.isNumber() && names.contains("an integer") && !instance.isIntegralNumber()) {
      found = "a fraction";
    }
    return new Finding(Kind.TYPE, at, Phrases.subject(at) + " must be " + Phrases.or(names) + ", found " + found,
        null, types);
  }

  private static Finding enumFinding(String at, List<JsonNode> values) {
    String subject = Phrases.subject(at);
    if (values.size() == 1) {
      return new Finding(Kind.ENUM, at, subject + " must be " + Phrases.value(values.get(0)), null, values);
    }
    List<String> shown = new ArrayList<>();
    for (JsonNode v : values) {
      shown.add(Phrases.value(v));
    }
    return new Finding(Kind.ENUM, at, subject + " must be one of " + Phrases.list(shown), null, values);
  }

  private Finding not(E e, JsonNode schema) {
    String at = e.pointer;
    if (schema != null && schema.isObject() && schema.size() == 1 && schema.path("required").isArray()) {
      List<String> props = new ArrayList<>();
      schema.get("required").forEach(r -> props.add(r.asText()));
      if (props.size() == 1) {
        String member = JsonPointers.append(at, props.get(0));
        return new Finding(Kind.NOT_ALLOWED, member, "property '" + props.get(0) + "' is not allowed here",
            props.get(0), List.of());
      }
      List<String> quoted = new ArrayList<>();
      props.forEach(p -> quoted.add(Phrases.quoted(p)));
      return Finding.of(Kind.OTHER, at, String.join(" and ", quoted) + " must not be used together");
    }
    String description = schema != null && schema.path("description").isTextual()
        ? " (" + schema.get("description").asText() + ")" : "";
    return Finding.of(Kind.OTHER, at, Phrases.subject(at) + " is not allowed here" + description);
  }

  private String bound(E e) {
    JsonNode schema = e.error.getSchemaNode();
    Located parent = parentOf(e.error.getSchemaLocation());
    boolean exclusive = e.keyword.startsWith("exclusive")
        || parent != null && parent.node().path(e.keyword.equals("minimum") ? "exclusiveMinimum" : "exclusiveMaximum")
            .asBoolean(false);
    boolean min = e.keyword.equals("minimum") || e.keyword.equals("exclusiveMinimum");
    JsonNode limit = schema;
    if (schema != null && schema.isBoolean() && parent != null) {
      limit = parent.node().get(min ? "minimum" : "maximum");
    }
    String word = min ? (exclusive ? "greater than " : "at least ") : (exclusive ? "less than " : "at most ");
    return word + text(limit);
  }

  private static String duplicate(JsonNode array) {
    if (array == null || !array.isArray()) {
      return "";
    }
    Set<JsonNode> seen = new HashSet<>();
    for (JsonNode item : array) {
      if (!seen.add(item)) {
        return " (" + Phrases.quoted(Phrases.value(item)) + " appears more than once)";
      }
    }
    return "";
  }

  private static String text(JsonNode n) {
    return n == null ? "?" : n.isTextual() ? n.asText() : n.toString();
  }

  private static long number(JsonNode n) {
    return n != null && n.isNumber() ? n.asLong() : 0;
  }

  // ---------------------------------------------------------------- property names a schema knows

  /** The properties and name patterns an object schema declares. */
  static final class Names {
    final LinkedHashSet<String> names = new LinkedHashSet<>();
    final LinkedHashSet<String> patterns = new LinkedHashSet<>();
    boolean any;

    boolean accepts(String name) {
      if (any || names.contains(name)) {
        return true;
      }
      for (String p : patterns) {
        try {
          if (SafeRegex.instance().compile(p).find(name)) {
            return true;
          }
        } catch (IllegalArgumentException e) {
          // not a pattern we can read: it accepts nothing we can tell
        }
      }
      return false;
    }
  }

  /**
   * What the schema holding the keyword at {@code keywordLocation} declares. With {@code deep},
   * everything its subschemas ({@code $ref}, {@code allOf}, {@code if}/{@code then}, …) declare
   * too, as {@code unevaluatedProperties} sees them; otherwise its own members only, as {@code
   * additionalProperties} sees them.
   */
  private Names namesAround(SchemaLocation keywordLocation, boolean deep) {
    Located parent = parentOf(keywordLocation);
    if (parent == null) {
      return null;
    }
    Names names = new Names();
    collect(parent.iri(), parent.node(), names, deep, 0, Collections.newSetFromMap(new IdentityHashMap<>()));
    return names;
  }

  private void collect(String iri, JsonNode schema, Names out, boolean deep, int depth, Set<JsonNode> seen) {
    if (schema == null || !schema.isObject() || depth > 32 || !seen.add(schema)) {
      return;
    }
    schema.path("properties").fieldNames().forEachRemaining(out.names::add);
    schema.path("patternProperties").fieldNames().forEachRemaining(out.patterns::add);
    if (!deep) {
      return;
    }
    JsonNode additional = schema.get("additionalProperties");
    if (additional != null && !(additional.isBoolean() && !additional.asBoolean())) {
      out.any = true;
    }
    JsonNode ref = schema.get("$ref");
    if (ref != null && ref.isTextual()) {
      Located l = docs.resolve(iri, refOnly(ref));
      if (l != null) {
        collect(l.iri(), l.node(), out, true, depth + 1, seen);
      }
    }
    for (String k : List.of("allOf", "anyOf", "oneOf")) {
      for (JsonNode sub : schema.path(k)) {
        collect(iri, sub, out, true, depth + 1, seen);
      }
    }
    collect(iri, schema.get("then"), out, true, depth + 1, seen);
    collect(iri, schema.get("else"), out, true, depth + 1, seen);
    for (String k : List.of("dependentSchemas", "dependencies")) {
      for (JsonNode sub : schema.path(k)) {
        collect(iri, sub, out, true, depth + 1, seen);
      }
    }
  }

  private static JsonNode refOnly(JsonNode ref) {
    return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().set("$ref", ref);
  }

  private Located parentOf(SchemaLocation location) {
    if (location == null || location.getAbsoluteIri() == null || location.getFragment() == null
        || location.getFragment().getNameCount() == 0) {
      return null;
    }
    NodePath fragment = location.getFragment();
    SchemaLocation parent = new SchemaLocation(location.getAbsoluteIri(), fragment.getParent());
    JsonNode node = docs.node(parent);
    return node == null ? null : new Located(SchemaCatalog.strip(location.getAbsoluteIri().toString()), node);
  }

  private static String unknownProperty(String name, Names names) {
    String message = "unknown property '" + name + "'";
    if (names == null) {
      return message;
    }
    List<String> declared = new ArrayList<>(names.names);
    List<String> patterns = new ArrayList<>();
    boolean extensions = false;
    for (String p : names.patterns) {
      if (p.startsWith("^x-") || p.startsWith("^x\\-")) {
        extensions = true;
      } else {
        patterns.add(p);
      }
    }
    String matching = patterns.isEmpty() ? "" : "a name matching " + String.join(" or ", patterns);
    if (declared.size() == 1) {
      return message + " (expected " + declared.get(0) + (matching.isEmpty() ? "" : " or " + matching) + ")";
    }
    if (!declared.isEmpty()) {
      return message + " (expected one of: " + Phrases.suggestions(name, declared)
          + (matching.isEmpty() ? "" : " or " + matching) + ")";
    }
    if (!matching.isEmpty()) {
      return message + " (expected " + matching + (extensions ? " or an x- extension" : "") + ")";
    }
    if (extensions) {
      return message + " (only x- extensions are allowed here)";
    }
    return message;
  }
}
