package dev.charter.lint;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.core.model.AsyncApiModel;
import dev.charter.core.model.OpenApiModel;
import dev.charter.core.spec.SpecDocument;
import dev.charter.core.spec.SpecFile;
import dev.charter.core.spec.SpecNode;
import dev.charter.lint.walk.Visit;
import java.util.List;
import java.util.function.Supplier;

/** What a rule sees of the document it checks, and where it reports findings. */
public interface RuleContext {

  SpecDocument document();

  SpecFormat format();

  /** The root of the document, as written (references not followed). */
  default SpecNode root() {
    return document().rootNode();
  }

  /** charter's normalised model; built once per document, on first use. Fails for an AsyncAPI document. */
  OpenApiModel openApi();

  /** Fails for an OpenAPI document. */
  AsyncApiModel asyncApi();

  /** The value of an option of this rule: the configured one, else the default from its metadata. */
  JsonNode option(String name);

  default boolean booleanOption(String name) {
    return option(name).asBoolean(false);
  }

  default String stringOption(String name) {
    return option(name).asText("");
  }

  default List<String> stringListOption(String name) {
    List<String> out = new java.util.ArrayList<>();
    option(name).forEach(v -> out.add(v.asText()));
    return out;
  }

  /**
   * A value computed once per document and shared by every rule that asks with the same key (the set
   * of reference targets, say). {@code compute} must not itself call {@code shared}.
   */
  <T> T shared(Object key, Supplier<T> compute);

  /** Reports a finding at a node: at its key when it is an object member, as Spectral does. */
  void report(SpecNode at, String message);

  void report(Visit at, String message);

  /** Reports at a pointer of a file; a pointer that does not exist is shown at its closest existing ancestor. */
  void report(SpecFile file, String pointer, String message);

  /** Reports at a location found by other means (a finding of the structural validator). */
  void report(dev.charter.core.diag.Location location, String message);
}
