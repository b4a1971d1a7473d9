package dev.charter.lint.config;

import dev.charter.lint.RuleDescriptor;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.RuleRegistry;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The named rulesets. Membership is derived from each rule's family and recommended flag, so a
 * new rule joins the right sets by its metadata alone.
 *
 * <ul>
 *   <li>{@code spectral:oas}, {@code spectral:asyncapi}: Spectral's rules under Spectral's ids;
 *   <li>{@code charter:recommended} (the default): the recommended rules of both Spectral sets,
 *       charter's own correctness rules, and those of rule plug-ins;
 *   <li>{@code charter:owasp}: API security; {@code charter:integration}: integration conventions;
 *   <li>{@code charter:all}: every rule.
 * </ul>
 *
 * As in Spectral, {@code [name, all]} turns on every member, {@code [name, off]} none (members can
 * then be turned on one by one), and plain {@code name} its recommended members.
 */
public final class Rulesets {
  public static final String DEFAULT = "charter:recommended";
  public static final List<String> NAMES = List.of("charter:recommended", "charter:all", "charter:owasp",
      "charter:integration", "spectral:oas", "spectral:asyncapi");

  /** Which members of a ruleset are turned on. */
  public enum Subset {
    RECOMMENDED,
    ALL,
    OFF;

    public static Optional<Subset> parse(String text) {
      return switch (text) {
        case "recommended" -> Optional.of(RECOMMENDED);
        case "all" -> Optional.of(ALL);
        case "off" -> Optional.of(OFF);
        default -> Optional.empty();
      };
    }
  }

  private Rulesets() {}

  public static boolean exists(String name) {
    return NAMES.contains(name);
  }

  /** Rule id → whether it is on, for the members of ruleset {@code name}; empty for an unknown name. */
  public static Optional<Map<String, Boolean>> members(String name, Subset subset, RuleRegistry registry) {
    Set<RuleFamily> families = switch (name) {
      case "charter:recommended" -> EnumSet.of(RuleFamily.SPECTRAL_OAS, RuleFamily.SPECTRAL_ASYNCAPI,
          RuleFamily.CHARTER, RuleFamily.CUSTOM);
      case "charter:all" -> EnumSet.allOf(RuleFamily.class);
      case "charter:owasp" -> EnumSet.of(RuleFamily.OWASP);
      case "charter:integration" -> EnumSet.of(RuleFamily.INTEGRATION);
      case "spectral:oas" -> EnumSet.of(RuleFamily.SPECTRAL_OAS);
      case "spectral:asyncapi" -> EnumSet.of(RuleFamily.SPECTRAL_ASYNCAPI);
      default -> null;
    };
    if (families == null) {
      return Optional.empty();
    }
    boolean everything = name.equals("charter:all");
    Map<String, Boolean> out = new LinkedHashMap<>();
    for (RuleDescriptor d : registry.descriptors()) {
      if (families.contains(d.family())) {
        boolean on = switch (subset) {
          case ALL -> true;
          case OFF -> false;
          case RECOMMENDED -> everything || d.recommended();
        };
        out.put(d.id(), on);
      }
    }
    return Optional.of(out);
  }

  /** The rulesets a rule is a member of, for docs and {@code charter rules}. */
  public static List<String> of(RuleDescriptor d) {
    return switch (d.family()) {
      case SPECTRAL_OAS -> d.recommended() ? List.of("spectral:oas", "charter:recommended", "charter:all")
          : List.of("spectral:oas (all)", "charter:all");
      case SPECTRAL_ASYNCAPI -> d.recommended() ? List.of("spectral:asyncapi", "charter:recommended", "charter:all")
          : List.of("spectral:asyncapi (all)", "charter:all");
      case CHARTER, CUSTOM -> d.recommended() ? List.of("charter:recommended", "charter:all") : List.of("charter:all");
      case OWASP -> d.recommended() ? List.of("charter:owasp", "charter:all") : List.of("charter:owasp (all)", "charter:all");
      case INTEGRATION -> d.recommended() ? List.of("charter:integration", "charter:all")
          : List.of("charter:integration (all)", "charter:all");
    };
  }
}
