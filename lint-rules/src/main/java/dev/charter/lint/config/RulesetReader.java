package dev.charter.lint.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.core.diag.Diagnostic;
import dev.charter.core.diag.Location;
import dev.charter.core.diag.Severity;
import dev.charter.core.parse.JsonPointers;
import dev.charter.lint.RuleDescriptor;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.jsonpath.JsonPath;
import dev.charter.lint.jsonpath.JsonPathException;
import dev.charter.lint.spectral.OptionsException;
import dev.charter.lint.spectral.RulesetFunction;
import dev.charter.lint.spectral.SpectralRule;
import dev.charter.lint.spectral.functions.CoreFunctions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads Spectral ruleset files (YAML or JSON) and checks them as Spectral does, so that a mistake
 * is an error naming the file, the line and what is wrong rather than a rule that silently never
 * fires: unknown keys, unknown functions, JSONPaths that do not parse, options of the wrong type,
 * unknown formats. A rule that uses a custom JavaScript function cannot run; it is noted and the
 * rest of the ruleset is used.
 */
public final class RulesetReader {
  private static final Set<String> TOP_KEYS = Set.of("extends", "rules", "formats", "overrides", "aliases", "functions",
      "functionsDir", "documentationUrl", "description", "parserOptions", "except");
  private static final Set<String> RULE_KEYS = Set.of("description", "message", "severity", "recommended", "given", "then",
      "resolved", "formats", "documentationUrl", "type", "tags", "extensions");
  private static final Set<String> THEN_KEYS = Set.of("field", "function", "functionOptions");
  private static final Set<String> OVERRIDE_KEYS = Set.of("files", "rules", "extends", "formats", "aliases");

  private final Set<Path> reading = new HashSet<>();

  /** Reads {@code file} and every ruleset file it extends. */
  public RulesetDefinition read(Path file) throws ConfigurationException {
    return read(file, null, true);
  }

  private RulesetDefinition read(Path file, Location from, boolean top) throws ConfigurationException {
    RulesetFile rf = RulesetFile.read(file, from);
    if (!reading.add(rf.path())) {
      throw new ConfigurationException(ConfigurationException.RULESET_ERROR,
          "ruleset " + rf.path() + " extends itself (through " + reading + ")", from);
    }
    try {
      return new Parse(rf, top).run();
    } finally {
      reading.remove(rf.path());
    }
  }

  /** The state of reading one file. */
  private final class Parse {
    private final RulesetFile file;
    private final boolean top;
    private final JsonNode root;
    private final List<Diagnostic> notes = new ArrayList<>();
    private final Set<String> jsFunctions = new HashSet<>();
    private Set<SpecFormat> formats = EnumSet.allOf(SpecFormat.class);
    private final Map<String, Alias> aliases = new LinkedHashMap<>();

    Parse(RulesetFile file, boolean top) {
      this.file = file;
      this.top = top;
      this.root = file.root();
    }

    RulesetDefinition run() throws ConfigurationException {
      checkKeys("", root, TOP_KEYS, "ruleset");
      if (root.has("formats")) {
        formats = formats("/formats", root.get("formats"));
      }
      if (root.has("functions")) {
        JsonNode f = root.get("functions");
        if (!f.isArray()) {
          throw file.error("/functions", "'functions' must be a list of function names");
        }
        for (JsonNode n : f) {
          jsFunctions.add(n.asText());
        }
      }
      if (root.has("functionsDir")) {
        note("/functionsDir", "custom JavaScript functions (functionsDir) cannot run in charter; rules that use them are skipped");
      }
      if (root.has("parserOptions")) {
        note("/parserOptions", "parserOptions are not used by charter: duplicate keys are always reported as warnings (duplicate-key)");
      }
      if (root.has("aliases")) {
        aliases("/aliases", root.get("aliases"));
      }
      List<RulesetDefinition.Extension> extensions = root.has("extends") ? extensions("/extends", root.get("extends")) : List.of();
      List<RuleEntry> rules = root.has("rules") ? rules("/rules", root.get("rules")) : List.of();
      List<RulesetDefinition.Override> overrides = new ArrayList<>();
      if (root.has("overrides")) {
        if (top) {
          overrides.addAll(overrides("/overrides", root.get("overrides")));
        } else {
          note("/overrides", "overrides of an extended ruleset are not applied (as in Spectral, only the top ruleset's are)");
        }
      }
      if (root.has("except") && top) {
        overrides.addAll(except("/except", root.get("except")));
      }
      return new RulesetDefinition(file.name(), extensions, rules, overrides, notes);
    }

    private void note(String pointer, String message) {
      notes.add(new Diagnostic("ruleset-note", Severity.INFO, message, file.locate(pointer)));
    }

    private void checkKeys(String pointer, JsonNode node, Set<String> allowed, String what) throws ConfigurationException {
      if (!node.isObject()) {
        throw file.error(pointer, what + " must be a mapping");
      }
      Iterator<String> names = node.fieldNames();
      while (names.hasNext()) {
        String n = names.next();
        if (!allowed.contains(n)) {
          throw file.error(JsonPointers.append(pointer, n), "unknown key '" + n + "' in " + what + " (allowed: "
              + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
        }
      }
    }

    private Set<SpecFormat> formats(String pointer, JsonNode node) throws ConfigurationException {
      if (!node.isArray()) {
        throw file.error(pointer, "'formats' must be a list such as [oas3, asyncapi2]");
      }
      Set<SpecFormat> out = EnumSet.noneOf(SpecFormat.class);
      for (int i = 0; i < node.size(); i++) {
        String name = node.get(i).asText();
        Optional<Set<SpecFormat>> f = SpecFormat.fromSpectralName(name);
        if (f.isEmpty()) {
          throw file.error(JsonPointers.append(pointer, i), "unknown format '" + name
              + "' (known: oas2, oas3, oas3.0, oas3.1, oas3.2, asyncapi2, asyncapi3, json-schema…)");
        }
        out.addAll(f.get());
      }
      return out;
    }

    // ---- extends ----

    private List<RulesetDefinition.Extension> extensions(String pointer, JsonNode node) throws ConfigurationException {
      List<RulesetDefinition.Extension> out = new ArrayList<>();
      if (node.isTextual()) {
        extension(pointer, node.textValue(), Rulesets.Subset.RECOMMENDED, out);
        return out;
      }
      if (!node.isArray()) {
        throw file.error(pointer, "'extends' must be a ruleset name, a file, or a list of them");
      }
      for (int i = 0; i < node.size(); i++) {
        String at = JsonPointers.append(pointer, i);
        JsonNode e = node.get(i);
        if (e.isTextual()) {
          extension(at, e.textValue(), Rulesets.Subset.RECOMMENDED, out);
        } else if (e.isArray() && e.size() == 2 && e.get(0).isTextual() && e.get(1).isTextual()) {
          Rulesets.Subset subset = Rulesets.Subset.parse(e.get(1).textValue()).orElseThrow(
              () -> file.error(JsonPointers.append(at, 1), "unknown subset '" + e.get(1).textValue()
                  + "' (expected recommended, all or off)"));
          extension(JsonPointers.append(at, 0), e.get(0).textValue(), subset, out);
        } else {
          throw file.error(at, "an 'extends' entry must be a name or [name, recommended|all|off]");
        }
      }
      return out;
    }

    private void extension(String pointer, String name, Rulesets.Subset subset, List<RulesetDefinition.Extension> out)
        throws ConfigurationException {
      Location at = file.locate(pointer);
      if (Rulesets.exists(name)) {
        out.add(new RulesetDefinition.Extension(name, null, subset, at));
        return;
      }
      if (name.equals("spectral:arazzo")) {
        note(pointer, "spectral:arazzo is not applied: charter lints OpenAPI and AsyncAPI documents");
        return;
      }
      if (name.startsWith("spectral:") || name.startsWith("charter:")) {
        throw file.error(pointer, "unknown ruleset '" + name + "' (known: " + String.join(", ", Rulesets.NAMES) + ")");
      }
      if (name.startsWith("http://") || name.startsWith("https://")) {
        note(pointer, "ruleset " + name + " is not fetched: charter reads rulesets from files only; its rules are not applied");
        return;
      }
      boolean path = name.startsWith(".") || name.startsWith("/") || name.endsWith(".yaml") || name.endsWith(".yml")
          || name.endsWith(".json") || name.endsWith(".js") || name.endsWith(".mjs") || name.endsWith(".cjs");
      if (!path) {
        note(pointer, "ruleset package " + name + " is not loaded: charter does not read npm packages; its rules are not applied");
        return;
      }
      Path target = file.baseDir().resolve(name).normalize();
      out.add(new RulesetDefinition.Extension(name, read(target, at, false), subset, at));
    }

    // ---- aliases ----

    private record Alias(List<String> given, List<ScopedTarget> targets) {}

    private record ScopedTarget(Set<SpecFormat> formats, List<String> given) {}

    private void aliases(String pointer, JsonNode node) throws ConfigurationException {
      if (!node.isObject()) {
        throw file.error(pointer, "'aliases' must be a mapping of names to JSONPaths");
      }
      Iterator<Map.Entry<String, JsonNode>> it = node.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        String at = JsonPointers.append(pointer, e.getKey());
        if (!e.getKey().matches("[A-Za-z0-9_-]+")) {
          throw file.error(at, "alias name '" + e.getKey() + "' may only contain letters, digits, _ and -");
        }
        JsonNode v = e.getValue();
        if (v.isArray()) {
          aliases.put(e.getKey(), new Alias(strings(at, v, "an alias"), List.of()));
        } else if (v.isObject() && v.get("targets") != null && v.get("targets").isArray()) {
          List<ScopedTarget> targets = new ArrayList<>();
          JsonNode ts = v.get("targets");
          for (int i = 0; i < ts.size(); i++) {
            String tat = JsonPointers.append(JsonPointers.append(at, "targets"), i);
            JsonNode t = ts.get(i);
            if (!t.isObject() || !t.has("formats") || !t.has("given")) {
              throw file.error(tat, "an alias target needs 'formats' and 'given'");
            }
            targets.add(new ScopedTarget(formats(JsonPointers.append(tat, "formats"), t.get("formats")),
                strings(JsonPointers.append(tat, "given"), t.get("given"), "'given'")));
          }
          aliases.put(e.getKey(), new Alias(List.of(), targets));
        } else {
          throw file.error(at, "an alias must be a list of JSONPaths or {targets: [{formats, given}]}");
        }
      }
    }

    private List<String> strings(String pointer, JsonNode node, String what) throws ConfigurationException {
      List<String> out = new ArrayList<>();
      if (node.isTextual()) {
        out.add(node.textValue());
        return out;
      }
      if (!node.isArray()) {
        throw file.error(pointer, what + " must be a string or a list of strings");
      }
      for (int i = 0; i < node.size(); i++) {
        if (!node.get(i).isTextual()) {
          throw file.error(JsonPointers.append(pointer, i), what + " must be a string or a list of strings");
        }
        out.add(node.get(i).textValue());
      }
      return out;
    }

    /** Expands {@code #Alias.rest} into JSONPaths, per format for scoped aliases. */
    private List<String> expand(String pointer, String expression, Set<SpecFormat> ruleFormats, Set<String> stack)
        throws ConfigurationException {
      if (!expression.startsWith("#")) {
        return List.of(expression);
      }
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("^#([A-Za-z0-9_-]+)").matcher(expression);
      if (!m.find()) {
        throw file.error(pointer, "alias must match #name");
      }
      String name = m.group(1);
      String rest = expression.substring(m.end());
      Alias alias = aliases.get(name);
      if (alias == null) {
        throw file.error(pointer, "alias \"" + name + "\" does not exist");
      }
      if (!stack.add(name)) {
        throw file.error(pointer, "alias \"" + name + "\" is circular");
      }
      List<String> out = new ArrayList<>();
      List<String> bases = new ArrayList<>(alias.given());
      for (ScopedTarget t : alias.targets()) {
        if (!java.util.Collections.disjoint(t.formats(), ruleFormats)) {
          bases.addAll(t.given());
        }
      }
      for (String b : bases) {
        out.addAll(expand(pointer, b + rest, ruleFormats, new HashSet<>(stack)));
      }
      return out;
    }

    // ---- rules ----

    private List<RuleEntry> rules(String pointer, JsonNode node) throws ConfigurationException {
      if (!node.isObject()) {
        throw file.error(pointer, "'rules' must be a mapping of rule ids to severities or definitions");
      }
      List<RuleEntry> out = new ArrayList<>();
      Iterator<Map.Entry<String, JsonNode>> it = node.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        out.add(rule(JsonPointers.append(pointer, e.getKey()), e.getKey(), e.getValue()));
      }
      return out;
    }

    private RuleEntry rule(String pointer, String id, JsonNode value) throws ConfigurationException {
      Location at = file.locate(pointer);
      if (!value.isObject()) {
        return severityEntry(pointer, id, value);
      }
      checkKeys(pointer, value, RULE_KEYS, "rule '" + id + "'");
      Severity severity = Severity.WARN;
      boolean enabled = true;
      if (value.has("severity")) {
        RuleEntry s = severityEntry(JsonPointers.append(pointer, "severity"), id, value.get("severity"));
        severity = s.severity() == null ? Severity.WARN : s.severity();
        enabled = s.enabled();
      }
      if (value.has("recommended") && !value.get("recommended").isBoolean()) {
        throw file.error(JsonPointers.append(pointer, "recommended"), "'recommended' must be true or false");
      }
      boolean recommended = !value.has("recommended") || value.get("recommended").booleanValue();
      if (!value.has("given") || !value.has("then")) {
        // Changes to a rule defined elsewhere: its severity, whether it is on.
        if (value.has("given") || value.has("then")) {
          throw file.error(pointer, "rule '" + id + "' needs both 'given' and 'then'");
        }
        return new RuleEntry(id, value.has("severity") ? severity : null, enabled && recommended, null, null, null, null, at);
      }
      Set<SpecFormat> ruleFormats = value.has("formats") ? formats(JsonPointers.append(pointer, "formats"), value.get("formats"))
          : formats;
      List<JsonPath> given = new ArrayList<>();
      String givenAt = JsonPointers.append(pointer, "given");
      List<String> expressions = strings(givenAt, value.get("given"), "'given'");
      for (int i = 0; i < expressions.size(); i++) {
        String exprAt = value.get("given").isArray() ? JsonPointers.append(givenAt, i) : givenAt;
        for (String expr : expand(exprAt, expressions.get(i), ruleFormats, new HashSet<>())) {
          try {
            given.add(JsonPath.compile(expr));
          } catch (JsonPathException e) {
            throw file.error(exprAt, "invalid JSONPath '" + expr + "': " + e.getMessage() + " (at character " + (e.position() + 1) + ")");
          }
        }
      }
      List<SpectralRule.Then> then = new ArrayList<>();
      String unsupported = null;
      JsonNode thenNode = value.get("then");
      String thenAt = JsonPointers.append(pointer, "then");
      List<JsonNode> thens = new ArrayList<>();
      List<String> thenPointers = new ArrayList<>();
      if (thenNode.isArray()) {
        for (int i = 0; i < thenNode.size(); i++) {
          thens.add(thenNode.get(i));
          thenPointers.add(JsonPointers.append(thenAt, i));
        }
      } else {
        thens.add(thenNode);
        thenPointers.add(thenAt);
      }
      for (int i = 0; i < thens.size(); i++) {
        JsonNode t = thens.get(i);
        String tat = thenPointers.get(i);
        checkKeys(tat, t, THEN_KEYS, "'then'");
        JsonNode fn = t.get("function");
        if (fn == null || !fn.isTextual()) {
          throw file.error(tat, "'then' needs a 'function' (one of " + String.join(", ", CoreFunctions.names()) + ")");
        }
        String fnAt = JsonPointers.append(tat, "function");
        JsonNode field = t.get("field");
        if (field != null && !field.isTextual()) {
          throw file.error(JsonPointers.append(tat, "field"), "'field' must be a string");
        }
        Optional<RulesetFunction> function = CoreFunctions.named(fn.textValue());
        if (function.isEmpty()) {
          if (jsFunctions.contains(fn.textValue())) {
            unsupported = "rule " + id + " uses the custom JavaScript function '" + fn.textValue()
                + "', which charter cannot run; the rule is skipped";
            continue;
          }
          throw file.error(fnAt, "unknown function '" + fn.textValue() + "' (core functions: "
              + String.join(", ", CoreFunctions.names()) + "; custom functions must be declared under 'functions')");
        }
        Object options;
        try {
          options = function.get().prepare(t.get("functionOptions"));
        } catch (OptionsException e) {
          String optAt = JsonPointers.append(tat, "functionOptions");
          if (!e.option().isEmpty() && t.has("functionOptions")) {
            for (String part : e.option().split("\\.")) {
              optAt = JsonPointers.append(optAt, part);
            }
          } else if (!t.has("functionOptions")) {
            optAt = fnAt;
          }
          throw file.error(optAt, e.getMessage());
        }
        JsonPath fieldPath = null;
        if (field != null && field.textValue().startsWith("$")) {
          try {
            fieldPath = JsonPath.compile(field.textValue());
          } catch (JsonPathException e) {
            throw file.error(JsonPointers.append(tat, "field"), "invalid JSONPath '" + field.textValue() + "': " + e.getMessage());
          }
        }
        then.add(new SpectralRule.Then(field == null ? null : field.textValue(), fieldPath, function.get(), options));
      }
      if (value.has("resolved") && !value.get("resolved").isBoolean()) {
        throw file.error(JsonPointers.append(pointer, "resolved"), "'resolved' must be true or false");
      }
      boolean resolved = !value.has("resolved") || value.get("resolved").booleanValue();
      String message = value.has("message") ? value.get("message").asText() : null;
      String description = value.has("description") ? value.get("description").asText() : null;
      String summary = description != null ? description : message != null ? message : id;
      RuleDescriptor descriptor = new RuleDescriptor(id, severity, ruleFormats, RuleFamily.CUSTOM, recommended, summary,
          "", "", "", List.of(), "", file.name());
      if (unsupported != null) {
        notes.add(new Diagnostic("ruleset-unsupported-function", Severity.WARN, unsupported, at));
        return new RuleEntry(id, severity, false, null, null, descriptor, unsupported, at);
      }
      SpectralRule rule = new SpectralRule(given, then, resolved, message, description);
      return new RuleEntry(id, severity, enabled && recommended, null, rule, descriptor, null, at);
    }

    private RuleEntry severityEntry(String pointer, String id, JsonNode value) throws ConfigurationException {
      Location at = file.locate(pointer);
      if (value.isBoolean()) {
        return new RuleEntry(id, null, value.booleanValue(), null, null, null, null, at);
      }
      String text = value.asText().trim();
      if (text.equals("off") || text.equals("-1")) {
        return new RuleEntry(id, null, false, null, null, null, null, at);
      }
      try {
        return RuleEntry.severity(id, Severity.parse(text), true, at);
      } catch (IllegalArgumentException e) {
        throw file.error(pointer, "unknown severity '" + text + "' for rule '" + id + "' (expected error, warn, info, hint or off)");
      }
    }

    // ---- overrides ----

    private List<RulesetDefinition.Override> overrides(String pointer, JsonNode node) throws ConfigurationException {
      if (!node.isArray()) {
        throw file.error(pointer, "'overrides' must be a list of {files, rules}");
      }
      List<RulesetDefinition.Override> out = new ArrayList<>();
      for (int i = 0; i < node.size(); i++) {
        String at = JsonPointers.append(pointer, i);
        JsonNode o = node.get(i);
        checkKeys(at, o, OVERRIDE_KEYS, "an override");
        if (!o.has("files") || !o.get("files").isArray() || o.get("files").isEmpty()) {
          throw file.error(at, "an override needs 'files': a non-empty list of globs (optionally with #/json/pointer)");
        }
        List<FileScope> scopes = new ArrayList<>();
        boolean pointers = false;
        List<String> files = strings(JsonPointers.append(at, "files"), o.get("files"), "'files'");
        for (int j = 0; j < files.size(); j++) {
          FileScope s = scope(JsonPointers.append(JsonPointers.append(at, "files"), j), files.get(j));
          pointers |= s.pointer().isPresent();
          scopes.add(s);
        }
        List<RuleEntry> rules = o.has("rules") ? overrideRules(at, o) : List.of();
        if (pointers) {
          for (RuleEntry r : rules) {
            if (r.custom() != null || r.customDescriptor() != null) {
              throw new ConfigurationException(ConfigurationException.RULESET_ERROR,
                  "an override for a JSON pointer can only set severities, not define rule '" + r.id() + "'", r.at());
            }
          }
        }
        List<RulesetDefinition.Extension> ext = o.has("extends") ? extensions(JsonPointers.append(at, "extends"), o.get("extends"))
            : List.of();
        out.add(new RulesetDefinition.Override(scopes, ext, rules, file.locate(at)));
      }
      return out;
    }

    private FileScope scope(String pointer, String text) throws ConfigurationException {
      try {
        return FileScope.parse(text, file.baseDir());
      } catch (IllegalArgumentException e) {
        throw file.error(pointer, e.getMessage());
      }
    }

    /**
     * The rules of one override, read with the override's own {@code formats} and {@code aliases}
     * (as Spectral scopes them: they apply to the rules defined in that override only).
     */
    private List<RuleEntry> overrideRules(String at, JsonNode override) throws ConfigurationException {
      Set<SpecFormat> outerFormats = formats;
      Map<String, Alias> outerAliases = new LinkedHashMap<>(aliases);
      try {
        if (override.has("formats")) {
          formats = formats(JsonPointers.append(at, "formats"), override.get("formats"));
        }
        if (override.has("aliases")) {
          aliases(JsonPointers.append(at, "aliases"), override.get("aliases"));
        }
        return rules(JsonPointers.append(at, "rules"), override.get("rules"));
      } finally {
        formats = outerFormats;
        aliases.clear();
        aliases.putAll(outerAliases);
      }
    }

    /** Spectral 5's {@code except: {"file#/pointer": [rule ids]}}, turned into overrides that switch the rules off there. */
    private List<RulesetDefinition.Override> except(String pointer, JsonNode node) throws ConfigurationException {
      if (!node.isObject()) {
        throw file.error(pointer, "'except' must map \"file#/pointer\" to a list of rule ids");
      }
      List<RulesetDefinition.Override> out = new ArrayList<>();
      Iterator<Map.Entry<String, JsonNode>> it = node.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        String at = JsonPointers.append(pointer, e.getKey());
        List<RuleEntry> rules = new ArrayList<>();
        for (String id : strings(at, e.getValue(), "an 'except' entry")) {
          rules.add(new RuleEntry(id, null, false, null, null, null, null, file.locate(at)));
        }
        out.add(new RulesetDefinition.Override(List.of(scope(at, e.getKey())), List.of(), rules,
            file.locate(at)));
      }
      return out;
    }
  }
}
