package dev.charter.lint.rules.support;

import dev.charter.core.parse.JsonPointers;
import dev.charter.core.spec.RefSite;
import dev.charter.core.spec.SpecDocument;
import dev.charter.core.spec.SpecFile;
import dev.charter.core.spec.SpecNode;
import dev.charter.lint.RuleContext;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * What the references of a document point at, for the "unused component" rules: a component counts
 * as used when some {@code $ref} names exactly it. As in Spectral, a reference from inside a
 * component to that component itself (a recursive schema) does not count: a schema used only by
 * itself is unused.
 */
public final class ReferenceTargets {
  private final Set<String> targets;

  private ReferenceTargets(Set<String> targets) {
    this.targets = targets;
  }

  /** Shared by every rule checking the same document. */
  public static ReferenceTargets of(RuleContext context) {
    return context.shared(ReferenceTargets.class, () -> compute(context.document()));
  }

  private static ReferenceTargets compute(SpecDocument document) {
    Set<String> out = new HashSet<>();
    for (RefSite site : document.refs()) {
      String ref = site.ref();
      int hash = ref.indexOf('#');
      String pointer = JsonPointers.fromFragment(hash < 0 ? "" : ref.substring(hash + 1));
      Optional<SpecNode> target = document.target(site.file(), ref);
      if (target.isEmpty()) {
        continue;
      }
      SpecFile file = target.get().file();
      boolean local = hash == 0;
      if (local && !pointer.isEmpty() && (site.pointer().equals(pointer) || site.pointer().startsWith(pointer + "/"))) {
        continue;
      }
      out.add(file.id().key() + "#" + pointer);
    }
    return new ReferenceTargets(out);
  }

  /** Whether some reference names the node at {@code pointer} of {@code file}. */
  public boolean referenced(SpecFile file, String pointer) {
    return targets.contains(file.id().key() + "#" + pointer);
  }
}
