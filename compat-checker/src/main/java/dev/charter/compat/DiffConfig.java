package dev.charter.compat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.core.config.CharterConfig;
import dev.charter.core.config.ConfigException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The structured settings of the {@code diff:} section of {@code charter.yaml} (option defaults
 * such as {@code fail-on} and {@code mode} are read by the command line):
 *
 * <pre>
 * diff:
 *   bumps:                          # per change id, the bump to use instead of charter's
 *     response-enum-value-added: minor
 *     response-property-added: major
 *   deprecation:
 *     sunset: true                  # a passed x-sunset / Sunset date makes a removal planned
 *     min-days: 90                  # so does deprecation at least this old, where git dates tell
 * </pre>
 */
public record DiffConfig(Map<String, Bump> bumps, DeprecationPolicy deprecation) {
  /** The keys of the {@code diff:} section this reads. */
  public static final Set<String> KEYS = Set.of("bumps", "deprecation");

  public static final DiffConfig DEFAULT = new DiffConfig(Map.of(), DeprecationPolicy.DEFAULT);

  public DiffConfig {
    bumps = Map.copyOf(bumps);
  }

  public static DiffConfig read(CharterConfig config, String section) throws ConfigException {
    String base = "/" + section;
    Map<String, Bump> bumps = new LinkedHashMap<>();
    JsonNode b = config.at(base + "/bumps");
    if (!b.isMissingNode() && !b.isNull()) {
      if (!b.isObject()) {
        throw new ConfigException("'bumps' must map change ids to major, minor, patch or none", config.locate(base + "/bumps"));
      }
      Map<String, ChangeKind> known = Catalogue.kinds();
      for (Map.Entry<String, JsonNode> e : b.properties()) {
        String at = base + "/bumps/" + e.getKey();
        if (!known.containsKey(e.getKey())) {
          throw new ConfigException("unknown change id '" + e.getKey() + "' (charter diff --list-checks lists them)",
              config.locate(at));
        }
        try {
          bumps.put(e.getKey(), Bump.parse(e.getValue().asText()));
        } catch (IllegalArgumentException ex) {
          throw new ConfigException(ex.getMessage(), config.locate(at));
        }
      }
    }
    DeprecationPolicy deprecation = DeprecationPolicy.DEFAULT;
    JsonNode d = config.at(base + "/deprecation");
    if (!d.isMissingNode() && !d.isNull()) {
      config.checkKeys(base + "/deprecation", List.of("sunset", "min-days"));
      boolean sunset = deprecation.honourSunset();
      OptionalInt minDays = deprecation.minDays();
      JsonNode s = d.get("sunset");
      if (s != null) {
        if (!s.isBoolean()) {
          throw new ConfigException("'sunset' must be true or false", config.locate(base + "/deprecation/sunset"));
        }
        sunset = s.asBoolean();
      }
      JsonNode m = d.get("min-days");
      if (m != null) {
        if (m.isNull() || (m.isTextual() && m.asText().equals("never"))) {
          minDays = OptionalInt.empty();
        } else if (m.canConvertToInt() && m.isIntegralNumber() && m.asInt() >= 0) {
          minDays = OptionalInt.of(m.asInt());
        } else {
          throw new ConfigException("'min-days' must be a whole number of days, or never",
              config.locate(base + "/deprecation/min-days"));
        }
      }
      deprecation = new DeprecationPolicy(sunset, minDays);
    }
    return new DiffConfig(bumps, deprecation);
  }
}
