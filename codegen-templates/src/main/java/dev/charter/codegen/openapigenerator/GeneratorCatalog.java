package dev.charter.codegen.openapigenerator;

import dev.charter.core.diag.CloseNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.openapitools.codegen.CodegenConfig;
import org.openapitools.codegen.CodegenConfigLoader;
import org.openapitools.codegen.meta.GeneratorMetadata;

/**
 * The generators OpenAPI Generator registers (through {@code META-INF/services}), by name. Only
 * registered names are accepted: OpenAPI Generator's own lookup would also instantiate any class
 * named on the command line.
 */
public final class GeneratorCatalog {

  /** OpenAPI Generator's generator types. */
  public enum Kind {
    CLIENT, SERVER, DOCUMENTATION, SCHEMA, CONFIG, OTHER;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** One generator: its name, type, stability and libraries (name → description). */
  public record Entry(String name, Kind kind, String stability, String help, Map<String, String> libraries) {}

  private final List<Entry> entries;

  private GeneratorCatalog(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /** Reads the registered generators (instantiates each once: about a fifth of a second). */
  public static GeneratorCatalog load() {
    List<Entry> out = new ArrayList<>();
    for (CodegenConfig config : CodegenConfigLoader.getAll()) {
      out.add(entry(config));
    }
    out.sort(Comparator.comparing(Entry::kind).thenComparing(Entry::name));
    return new GeneratorCatalog(out);
  }

  static GeneratorCatalog of(List<Entry> entries) {
    List<Entry> sorted = new ArrayList<>(entries);
    sorted.sort(Comparator.comparing(Entry::kind).thenComparing(Entry::name));
    return new GeneratorCatalog(sorted);
  }

  static Entry entry(CodegenConfig config) {
    GeneratorMetadata meta = config.getGeneratorMetadata();
    String stability = meta == null || meta.getStability() == null ? "stable"
        : meta.getStability().value().toLowerCase(Locale.ROOT);
    Kind kind;
    try {
      kind = Kind.valueOf(config.getTag().name());
    } catch (RuntimeException e) {
      kind = Kind.OTHER;
    }
    String help = config.getHelp() == null ? "" : config.getHelp().replaceAll("\\s+", " ").trim();
    Map<String, String> libraries = config.supportedLibraries() == null ? Map.of() : Map.copyOf(config.supportedLibraries());
    return new Entry(config.getName(), kind, stability, help, libraries);
  }

  /** The options of generator {@code name} ({@code --additional-properties} keys) with their descriptions. */
  public static Map<String, String> options(String name) {
    for (CodegenConfig c : CodegenConfigLoader.getAll()) {
      if (c.getName().equals(name)) {
        Map<String, String> out = new java.util.TreeMap<>();
        c.cliOptions().forEach(o -> out.put(o.getOpt(), o.getDescription() == null ? "" : o.getDescription()));
        return out;
      }
    }
    return Map.of();
  }

  public List<Entry> entries() {
    return entries;
  }

  public Optional<Entry> find(String name) {
    return entries.stream().filter(e -> e.name().equals(name)).findFirst();
  }

  /** Registered names close to {@code name} (typos, a missing prefix or suffix), best first, at most five. */
  public List<String> closeMatches(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.isBlank()) {
      return List.of();
    }
    record Scored(String name, int score) {}
    List<Scored> scored = new ArrayList<>();
    for (Entry e : entries) {
      String c = e.name().toLowerCase(Locale.ROOT);
      int d = CloseNames.distance(n, c);
      int limit = Math.max(2, n.length() / 4);
      if (d <= limit) {
        scored.add(new Scored(e.name(), d));
      } else if (n.length() >= 3 && (c.startsWith(n) || c.contains(n) || c.length() >= 3 && n.contains(c))) {
        // a one- or two-letter name (c, r, go) is inside too many words to be what was meant
        scored.add(new Scored(e.name(), limit + 1 + Math.abs(c.length() - n.length())));
      }
    }
    scored.sort(Comparator.comparingInt(Scored::score).thenComparing(Scored::name));
    return scored.stream().limit(5).map(Scored::name).toList();
  }

}
