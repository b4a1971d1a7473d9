package dev.charter.lint;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Every rule charter knows: its own, and those of {@link RuleProvider}s found on the classpath.
 * Immutable; ids are unique.
 */
public final class RuleRegistry {

  /** A registered rule: its metadata and its (stateless) check. */
  public record Entry(RuleDescriptor descriptor, Rule rule) {}

  private final Map<String, Entry> entries;

  private RuleRegistry(Map<String, Entry> entries) {
    this.entries = Collections.unmodifiableMap(entries);
  }

  /** charter's built-in rules only. */
  public static RuleRegistry builtIn() {
    return of(List.of(new BuiltInRules()));
  }

  /** The built-in rules and those of every provider {@link ServiceLoader} finds with {@code loader}. */
  public static RuleRegistry discover(ClassLoader loader) {
    List<RuleProvider> providers = new ArrayList<>();
    providers.add(new BuiltInRules());
    for (RuleProvider p : ServiceLoader.load(RuleProvider.class, loader)) {
      if (!(p instanceof BuiltInRules)) {
        providers.add(p);
      }
    }
    return of(providers);
  }

  public static RuleRegistry of(List<RuleProvider> providers) {
    Map<String, Entry> entries = new LinkedHashMap<>();
    for (RuleProvider provider : providers) {
      for (Class<? extends Rule> type : provider.rules()) {
        RuleDescriptor d = RuleDescriptor.of(type);
        Entry previous = entries.putIfAbsent(d.id(), new Entry(d, instantiate(type)));
        if (previous != null) {
          throw new IllegalStateException("rule id '" + d.id() + "' is used by both " + previous.descriptor().source()
              + " and " + type.getName());
        }
      }
    }
    return new RuleRegistry(entries);
  }

  private static Rule instantiate(Class<? extends Rule> type) {
    try {
      return type.getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
      throw new IllegalStateException("cannot create rule " + type.getName() + ": " + cause, cause);
    }
  }

  public List<Entry> entries() {
    return List.copyOf(entries.values());
  }

  public List<RuleDescriptor> descriptors() {
    return entries.values().stream().map(Entry::descriptor).toList();
  }

  public Optional<Entry> entry(String id) {
    return Optional.ofNullable(entries.get(id));
  }

  public boolean contains(String id) {
    return entries.containsKey(id);
  }
}
