package dev.charter.compat.http;

import dev.charter.compat.ChangeSink;
import dev.charter.compat.Comparison;
import dev.charter.compat.Direction;
import dev.charter.compat.PlannedRemovals;
import dev.charter.compat.schema.SchemaComparison;
import dev.charter.core.model.OpenApiModel;
import dev.charter.core.model.SchemaView;
import dev.charter.core.spec.SpecNode;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BiFunction;

/** What the checks of one OpenAPI comparison share: both models, the comparison, and the deprecation history. */
final class HttpContext {
  final OpenApiModel oldModel;
  final OpenApiModel newModel;
  final Comparison comparison;
  final ChangeSink sink;
  final SchemaComparison schemas;
  final PlannedRemovals removals;
  /** (operation key, parameter key or null) → the earliest date the history shows it deprecated. */
  final BiFunction<String, String, Optional<Instant>> deprecatedSince;

  /** {@code callback} or {@code webhook} inside one (its changes carry ids that say so), else null. */
  final String role;

  HttpContext(OpenApiModel oldModel, OpenApiModel newModel, Comparison comparison,
      BiFunction<String, String, Optional<Instant>> deprecatedSince) {
    this(oldModel, newModel, comparison, deprecatedSince, null);
  }

  private HttpContext(OpenApiModel oldModel, OpenApiModel newModel, Comparison comparison,
      BiFunction<String, String, Optional<Instant>> deprecatedSince, String role) {
    this.oldModel = oldModel;
    this.newModel = newModel;
    this.comparison = comparison;
    this.sink = role == null ? comparison.sink() : comparison.sink().renaming(id -> CallbackKinds.id(role, id));
    this.schemas = comparison.schemas();
    this.removals = comparison.removals();
    this.deprecatedSince = deprecatedSince;
    this.role = role;
  }

  /** The context inside a callback or webhook ({@code role}): request and response changes get its ids. */
  HttpContext within(String role) {
    return new HttpContext(oldModel, newModel, comparison, deprecatedSince, role);
  }

  void documentation(String subject, String what, SpecNode oldNode, SpecNode newNode) {
    comparison.documentation(subject, what, oldNode, newNode);
  }

  void schema(String subject, String prefix, String where, Optional<SchemaView> oldSchema,
      Optional<SchemaView> newSchema, Direction direction, SpecNode oldOwner, SpecNode newOwner) {
    schema(subject, prefix, where, oldSchema, newSchema, direction, oldOwner, newOwner, false);
  }

  /** With {@code text}, the values travel as text (parameters, headers) and compare by the strings they accept. */
  void schema(String subject, String prefix, String where, Optional<SchemaView> oldSchema,
      Optional<SchemaView> newSchema, Direction direction, SpecNode oldOwner, SpecNode newOwner, boolean text) {
    comparison.schema(subject, role == null ? prefix : role + "-" + prefix, where, oldSchema, newSchema, direction,
        oldOwner, newOwner, text);
  }
}
