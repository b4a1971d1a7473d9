package dev.charter.lint.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.core.config.CharterConfig;
import dev.charter.core.diag.Location;
import dev.charter.core.diag.Severity;
import dev.charter.core.parse.JsonPointers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the structured keys of the {@code lint} section of charter.yaml:
 *
 * <pre>
 * lint:
 *   extends: [charter:recommended, charter:owasp, ./team.spectral.yaml]
 *   rules:
 *     info-contact: off
 *     operation-tags: error
 *     correlation-id-header: {severity: warn, options: {headers: [X-Request-Id]}}
 *   overrides:
 *     - files: ["legacy/**", "api.yaml#/paths/~1v1"]
 *       rules: {operation-description: off}
 * </pre>
 */
public final class CharterSectionReader {
  /** The keys of the section this reader owns; the others are option defaults of {@code charter lint}. */
  public static final Set<String> KEYS = Set.of("extends", "rules", "overrides");
  private static final Set<String> RULE_KEYS = Set.of("severity", "options");

  private final RulesetReader rulesets = new RulesetReader();

  public RulesetDefinition read(CharterConfig config) throws ConfigurationException {
    CharterSection section = new CharterSection(config);
    JsonNode root = section.root();
    if (root.isMissingNode() || root.isNull()) {
      return new RulesetDefinition(section.name(), List.of(), List.of(), List.of(), List.of());
    }
    if (!root.isObject()) {
      throw section.error("", "'lint' must be a mapping of settings");
    }
    List<RulesetDefinition.Extension> extensions = root.has("extends") ? extensions(section, "/extends", root.get("extends"))
        : List.of();
    List<RuleEntry> rules = root.has("rules") ? rules(section, "/rules", root.get("rules")) : List.of();
    List<RulesetDefinition.Override> overrides = root.has("overrides") ? overrides(section, "/overrides", root.get("overrides"))
        : List.of();
    return new RulesetDefinition(section.name(), extensions, rules, overrides, List.of());
  }

  private List<RulesetDefinition.Extension> extensions(SettingsFile section, String pointer, JsonNode node)
      throws ConfigurationException {
    List<RulesetDefinition.Extension> out = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<String> pointers = new ArrayList<>();
    if (node.isTextual()) {
      names.add(node.textValue());
      pointers.add(pointer);
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        if (!node.get(i).isTextual()) {
          throw section.error(JsonPointers.append(pointer, i), "an 'extends' entry must be a ruleset name or file");
        }
        names.add(node.get(i).textValue());
        pointers.add(JsonPointers.append(pointer, i));
      }
    } else {
      throw section.error(pointer, "'extends' must be a ruleset name or file, or a list of them");
    }
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      Location at = section.locate(pointers.get(i));
      if (Rulesets.exists(name)) {
        out.add(new RulesetDefinition.Extension(name, null, Rulesets.Subset.RECOMMENDED, at));
      } else if (name.contains(":") && !name.contains("/") && !name.contains("\\")) {
        throw section.error(pointers.get(i), "unknown ruleset '" + name + "' (known: " + String.join(", ", Rulesets.NAMES)
            + ", or a Spectral ruleset file)");
      } else {
        Path file = section.baseDir().resolve(name).normalize();
        out.add(new RulesetDefinition.Extension(name, rulesets.read(file), Rulesets.Subset.RECOMMENDED, at));
      }
    }
    return out;
  }

  private List<RuleEntry> rules(SettingsFile section, String pointer, JsonNode node) throws ConfigurationException {
    if (!node.isObject()) {
      throw section.error(pointer, "'rules' must be a mapping of rule ids to a severity (error, warn, info, hint, off) or {severity, options}");
    }
    List<RuleEntry> out = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> it = node.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      String at = JsonPointers.append(pointer, e.getKey());
      JsonNode v = e.getValue();
      if (v.isObject()) {
        Iterator<String> keys = v.fieldNames();
        while (keys.hasNext()) {
          String k = keys.next();
          if (!RULE_KEYS.contains(k)) {
            throw section.error(JsonPointers.append(at, k), "unknown key '" + k + "' for rule '" + e.getKey()
                + "' (allowed: options, severity)");
          }
        }
        Severity severity = null;
        Boolean enabled = true;
        if (v.has("severity")) {
          RuleEntry s = severity(section, JsonPointers.append(at, "severity"), e.getKey(), v.get("severity"));
          severity = s.severity();
          enabled = s.enabled();
        }
        Map<String, JsonNode> options = null;
        if (v.has("options")) {
          JsonNode o = v.get("options");
          if (!o.isObject()) {
            throw section.error(JsonPointers.append(at, "options"), "'options' of rule '" + e.getKey() + "' must be a mapping");
          }
          options = new HashMap<>();
          Iterator<Map.Entry<String, JsonNode>> oi = o.fields();
          while (oi.hasNext()) {
            Map.Entry<String, JsonNode> oe = oi.next();
            options.put(oe.getKey(), oe.getValue());
          }
        }
        out.add(new RuleEntry(e.getKey(), severity, enabled, options, null, null, null, section.locate(at)));
      } else {
        out.add(severity(section, at, e.getKey(), v));
      }
    }
    return out;
  }

  private static RuleEntry severity(SettingsFile section, String pointer, String id, JsonNode value) throws ConfigurationException {
    Location at = section.locate(pointer);
    if (value.isBoolean()) {
      return new RuleEntry(id, null, value.booleanValue(), null, null, null, null, at);
    }
    String text = value.asText().trim();
    if (text.equals("off")) {
      return new RuleEntry(id, null, false, null, null, null, null, at);
    }
    try {
      return RuleEntry.severity(id, Severity.parse(text), true, at);
    } catch (IllegalArgumentException e) {
      throw section.error(pointer, "unknown severity '" + text + "' for rule '" + id + "' (expected error, warn, info, hint or off)");
    }
  }

  private List<RulesetDefinition.Override> overrides(SettingsFile section, String pointer, JsonNode node)
      throws ConfigurationException {
    if (!node.isArray()) {
      throw section.error(pointer, "'overrides' must be a list of {files, rules}");
    }
    List<RulesetDefinition.Override> out = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      String at = JsonPointers.append(pointer, i);
      JsonNode o = node.get(i);
      if (!o.isObject()) {
        throw section.error(at, "an override must be a mapping with 'files' and 'rules'");
      }
      Iterator<String> keys = o.fieldNames();
      while (keys.hasNext()) {
        String k = keys.next();
        if (!Set.of("files", "rules", "extends").contains(k)) {
          throw section.error(JsonPointers.append(at, k), "unknown key '" + k + "' in an override (allowed: extends, files, rules)");
        }
      }
      JsonNode files = o.get("files");
      if (files == null || !files.isArray() || files.isEmpty()) {
        throw section.error(at, "an override needs 'files': a non-empty list of globs (optionally with #/json/pointer)");
      }
      List<FileScope> scopes = new ArrayList<>();
      for (int j = 0; j < files.size(); j++) {
        if (!files.get(j).isTextual()) {
          throw section.error(JsonPointers.append(JsonPointers.append(at, "files"), j), "a 'files' entry must be a glob");
        }
        try {
          scopes.add(FileScope.parse(files.get(j).textValue(), section.baseDir()));
        } catch (IllegalArgumentException e) {
          throw section.error(JsonPointers.append(JsonPointers.append(at, "files"), j), e.getMessage());
        }
      }
      List<RuleEntry> rules = o.has("rules") ? rules(section, JsonPointers.append(at, "rules"), o.get("rules")) : List.of();
      List<RulesetDefinition.Extension> ext = o.has("extends")
          ? extensions(section, JsonPointers.append(at, "extends"), o.get("extends")) : List.of();
      out.add(new RulesetDefinition.Override(scopes, ext, rules, section.locate(at)));
    }
    return out;
  }
}
