package dev.charter.lint.engine;

import dev.charter.core.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Collects the findings of one document from every rule, possibly from several threads. A finding
 * reported twice (the same rule, file, node and message: a node seen once per reference that
 * reaches it) is kept once, as Spectral does.
 */
final class FindingSink {
  private record Key(String id, String file, String pointer, String message) {}

  private final Set<Key> seen = ConcurrentHashMap.newKeySet();
  private final List<Diagnostic> findings = new ArrayList<>();

  void add(Diagnostic d) {
    if (seen.add(new Key(d.id(), d.location().file(), d.location().pointer(), d.message()))) {
      synchronized (findings) {
        findings.add(d);
      }
    }
  }

  List<Diagnostic> findings() {
    synchronized (findings) {
      return List.copyOf(findings);
    }
  }
}
