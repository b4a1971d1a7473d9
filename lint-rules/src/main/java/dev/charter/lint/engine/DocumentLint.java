package dev.charter.lint.engine;

import dev.charter.core.diag.Diagnostic;
import dev.charter.core.spec.SpecDocument;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.walk.DocumentWalker;
import dev.charter.lint.walk.NodeType;
import dev.charter.lint.walk.Visit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;

/**
 * Runs the active rules on one document: the rules that visit nodes share one walk, the
 * whole-document checks run beside it on the other threads of {@code executor}. A rule that throws
 * is reported as a failure (a charter bug) and the others carry on.
 */
public final class DocumentLint {

  /** The findings, and the rules that failed with what. */
  public record Outcome(List<Diagnostic> findings, List<String> failures) {}

  private DocumentLint() {}

  public static Outcome run(SpecDocument document, List<ActiveRule> rules, Executor executor) {
    DocumentScope scope = new DocumentScope(document);
    SpecFormat format = scope.format();
    FindingSink sink = new FindingSink();
    ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();

    List<RuleRun> runs = new ArrayList<>();
    for (ActiveRule r : rules) {
      if (r.descriptor().appliesTo(format)) {
        runs.add(new RuleRun(r, scope, sink));
      }
    }
    Dispatch dispatch = new Dispatch(runs, failures, document);
    // Structural validation is the longest single check: it starts first, on its own thread.
    List<RuleRun> first = new ArrayList<>();
    List<RuleRun> rest = new ArrayList<>();
    for (RuleRun run : runs) {
      (isStructural(run) ? first : rest).add(run);
    }
    List<CompletableFuture<Void>> tasks = new ArrayList<>();
    for (RuleRun run : first) {
      tasks.add(CompletableFuture.runAsync(() -> check(run, document, failures), executor));
    }
    // A few batches rather than a task per rule: most checks take microseconds.
    int batches = Math.max(1, Math.min(4, rest.size() / 8));
    for (int b = 0; b < batches; b++) {
      final int batch = b;
      tasks.add(CompletableFuture.runAsync(() -> {
        for (int i = batch; i < rest.size(); i += batches) {
          check(rest.get(i), document, failures);
        }
      }, executor));
    }
    // The walk runs on the calling thread, which would otherwise only wait.
    if (dispatch.hasVisitors()) {
      try {
        new DocumentWalker(document, format, dispatch).walk();
      } catch (RuntimeException | StackOverflowError e) {
        failures.add("the walk over " + document.root().name() + " failed: " + e);
      }
    }
    try {
      CompletableFuture.allOf(tasks.toArray(new CompletableFuture[0])).join();
    } catch (CompletionException e) {
      failures.add("checking " + document.root().name() + " failed: " + e.getCause());
    }
    return new Outcome(sink.findings(), List.copyOf(failures));
  }

  private static boolean isStructural(RuleRun run) {
    String id = run.rule().id();
    return run.rule().descriptor().family() != dev.charter.lint.RuleFamily.CUSTOM
        && (id.endsWith("-schema") || id.startsWith("asyncapi-3-document"));
  }

  private static void check(RuleRun run, SpecDocument document, ConcurrentLinkedQueue<String> failures) {
    try {
      run.rule().rule().check(run);
    } catch (RuntimeException | StackOverflowError e) {
      failures.add(failure(run, document, e));
    }
  }

  static String failure(RuleRun run, SpecDocument document, Throwable e) {
    StackTraceElement at = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
    return "rule " + run.rule().id() + " failed on " + document.root().name() + ": " + e
        + (at == null ? "" : " (at " + at + ")");
  }

  /** Hands each node of the walk to the rules that asked for its type. */
  private static final class Dispatch implements DocumentWalker.Listener {
    private final List<RuleRun> any = new ArrayList<>();
    @SuppressWarnings("unchecked")
    private final List<RuleRun>[] byType = new List[NodeType.values().length];
    private final ConcurrentLinkedQueue<String> failures;
    private final SpecDocument document;
    private final Set<RuleRun> failed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private boolean typed;

    Dispatch(List<RuleRun> runs, ConcurrentLinkedQueue<String> failures, SpecDocument document) {
      this.failures = failures;
      this.document = document;
      for (RuleRun run : runs) {
        Set<NodeType> types = run.rule().rule().visits();
        if (types.contains(NodeType.ANY)) {
          any.add(run);
        }
        for (NodeType t : types) {
          if (t != NodeType.ANY) {
            if (byType[t.ordinal()] == null) {
              byType[t.ordinal()] = new ArrayList<>();
            }
            byType[t.ordinal()].add(run);
            typed = true;
          }
        }
      }
    }

    boolean hasVisitors() {
      return typed || !any.isEmpty();
    }

    @Override
    public void any(Visit node) {
      for (int i = 0; i < any.size(); i++) {
        deliver(any.get(i), node);
      }
    }

    @Override
    public void typed(Visit node) {
      List<RuleRun> runs = byType[node.type().ordinal()];
      if (runs != null) {
        for (int i = 0; i < runs.size(); i++) {
          deliver(runs.get(i), node);
        }
      }
    }

    private void deliver(RuleRun run, Visit node) {
      if (failed.contains(run)) {
        return;
      }
      try {
        run.rule().rule().visit(node, run);
      } catch (RuntimeException | StackOverflowError e) {
        failed.add(run);
        failures.add(failure(run, document, e) + " at " + node);
      }
    }
  }
}
