package dev.charter.lint.engine;

import dev.charter.core.model.AsyncApiModel;
import dev.charter.core.model.OpenApiModel;
import dev.charter.core.spec.SpecDocument;
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

  @SuppressWarnings("unchecked")
  <T> T shared(Object key, Supplier<T> compute) {
    Object v = shared.get(key);
    if (v == null) {
      // Not computeIfAbsent: two rules asking at once may both compute; the values are equal.
      v = compute.get();
      Object prev = shared.putIfAbsent(key, v);
      if (prev != null) {
        v = prev;
      }
    }
    return (T) v;
  }
}
