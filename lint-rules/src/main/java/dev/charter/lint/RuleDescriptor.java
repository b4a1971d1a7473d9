package dev.charter.lint;

import dev.charter.core.diag.Severity;
import dev.charter.core.report.RuleInfo;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the engine, the docs and the reports know about one rule: read from a {@link LintRule}
 * annotation for a rule class, or from a rule definition in a Spectral ruleset.
 *
 * @param source where the rule is defined: a class name, or a ruleset file
 */
public record RuleDescriptor(String id, Severity severity, Set<SpecFormat> formats, RuleFamily family,
    boolean recommended, String summary, String rationale, String bad, String good, List<Option> options,
    String differences, String source) {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9$][A-Za-z0-9$_.-]*");

  /** One option and the JSON type its value must have. */
  public record Option(String name, RuleOption.Type type, String description, String defaultValue) {}

  public RuleDescriptor {
    Objects.requireNonNull(id);
    formats = formats.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(formats));
    options = List.copyOf(options);
  }

  /** The metadata on a rule class; fails when the class has none or it is malformed. */
  public static RuleDescriptor of(Class<? extends Rule> type) {
    LintRule meta = type.getAnnotation(LintRule.class);
    if (meta == null) {
      throw new IllegalArgumentException(type.getName() + " has no @LintRule annotation");
    }
    if (!ID.matcher(meta.id()).matches()) {
      throw new IllegalArgumentException(type.getName() + ": rule id '" + meta.id() + "' is not kebab-case");
    }
    List<Option> options = java.util.Arrays.stream(meta.options())
        .map(o -> new Option(o.name(), o.type(), o.description(), o.defaultValue())).toList();
    return new RuleDescriptor(meta.id(), meta.severity(), Set.of(meta.formats()), meta.family(), meta.recommended(),
        meta.summary(), prose(meta.rationale()), meta.bad().strip(), meta.good().strip(), options,
        prose(meta.differences()), type.getName());
  }

  /** Prose as written in an annotation, without the indentation of continued lines. */
  private static String prose(String text) {
    return String.join("\n", text.strip().lines().map(String::strip).toList());
  }

  public boolean appliesTo(SpecFormat format) {
    return formats.contains(format);
  }

  public Optional<Option> option(String name) {
    return options.stream().filter(o -> o.name().equals(name)).findFirst();
  }

  /** Where the rule's page is, relative to the repository's {@code docs/} folder. */
  public String docPath() {
    return "rules/" + id + ".md";
  }

  /** The metadata reports carry (SARIF's rule table, the help link of JSON output). */
  public RuleInfo info() {
    return new RuleInfo(id, severity, summary, rationale.isEmpty() ? Optional.empty() : Optional.of(rationale),
        family == RuleFamily.CUSTOM ? Optional.empty()
            : Optional.of("https://github.com/charter-dev/charter/blob/main/docs/" + docPath()));
  }
}
