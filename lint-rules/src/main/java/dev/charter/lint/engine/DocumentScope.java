package dev.charter.lint.engine;

import dev.charter.core.diag.Location;
import dev.charter.core.model.AsyncApiModel;
import dev.charter.core.model.OpenApiModel;
import dev.charter.core.parse.NodeSpan;
import dev.charter.core.parse.Syntax;
import dev.charter.core.spec.SpecDocument;
import dev.charter.core.spec.SpecFile;
import dev.charter.lint.SpecFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** What every rule checking one document shares: the document, its format, and values computed once. */
final class DocumentScope {
  private final SpecDocument document;
  private final SpecFormat format;
  private final Map<Object, Object> shared = new ConcurrentHashMap<>();
  private volatile OpenApiModel openApi;
  private volatile AsyncApiModel asyncApi;

  DocumentScope(SpecDocument document) {
    this.document = document;
    this.format = SpecFormat.of(document.version());
  }

  SpecDocument document() {
    return document;
  }

  SpecFormat format() {
    return format;
  }

  OpenApiModel openApi() {
    OpenApiModel m = openApi;
    if (m == null) {
      synchronized (this) {
        if (openApi == null) {
          openApi = OpenApiModel.of(document);
        }
        m = openApi;
      }
    }
    return m;
  }

  AsyncApiModel asyncApi() {
    AsyncApiModel m = asyncApi;
    if (m == null) {
      synchronized (this) {
        if (asyncApi == null) {
          asyncApi = AsyncApiModel.of(document);
        }
        m = asyncApi;
      }
    }
    return m;
  }

  /**
   * Where a finding at {@code pointer} is shown. A finding about the whole document (or a member it
   * lacks) is shown where the document starts: at its {@code ---} marker when it has one, as
   * Spectral does, else at its first member.
   */
  Location locate(SpecFile file, String pointer) {
    Location loc = file.locate(pointer);
    NodeSpan root = file.sourceMap().rootSpan();
    if (file.syntax() == Syntax.YAML && aboutTheRoot(file, pointer) && loc.line() == root.start().line()
        && loc.column() == root.start().column()) {
      int marker = shared(new DocumentStart(file), () -> documentStartMarker(file.bytes()));
      if (marker > 0 && marker < loc.line()) {
        return new Location(loc.file(), loc.pointer(), marker, 1, loc.endLine(), loc.endColumn());
      }
    }
    return loc;
  }

  private record DocumentStart(SpecFile file) {}

  /** Whether a finding at {@code pointer} is shown at the root: it is the root, or names a member the root lacks. */
  private static boolean aboutTheRoot(SpecFile file, String pointer) {
    if (pointer.isEmpty()) {
      return true;
    }
    java.util.List<String> tokens = dev.charter.core.parse.JsonPointers.split(pointer);
    return !file.root().has(tokens.get(0));
  }

  /** The 1-based line of a leading {@code ---}, or 0 when the document has none before its content. */
  static int documentStartMarker(byte[] bytes) {
    int line = 1;
    int i = 0;
    while (i < bytes.length) {
      int end = i;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      String text = new String(bytes, i, end - i, java.nio.charset.StandardCharsets.UTF_8).strip();
      if (!text.isEmpty() && !text.startsWith("#") && !text.startsWith("%")) {
        return text.startsWith("---") ? line : 0;
      }
      line++;
      i = end + 1;
    }
    return 0;
  }

  /**
   * Computed once: the first rule to ask computes, the others wait for its result (the structural
   * validation behind several rules must not run twice in parallel).
   */
  @SuppressWarnings("unchecked")
  <T> T shared(Object key, Supplier<T> compute) {
    java.util.concurrent.FutureTask<Object> mine = new java.util.concurrent.FutureTask<>(compute::get);
    java.util.concurrent.FutureTask<Object> task =
        (java.util.concurrent.FutureTask<Object>) shared.computeIfAbsent(key, k -> mine);
    if (task == mine) {
      mine.run();
    }
    try {
      return (T) task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }
}
