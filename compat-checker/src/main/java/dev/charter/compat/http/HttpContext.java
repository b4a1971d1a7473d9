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

  HttpContext(OpenApiModel oldModel, OpenApiModel newModel, Comparison comparison,
      BiFunction<String, String, Optional<Instant>> deprecatedSince) {
    this.oldModel = oldModel;
    this.newModel = newModel;
    this.comparison = comparison;
    this.sink = comparison.sink();
    this.schemas = comparison.schemas();
    this.removals = comparison.removals();
    this.deprecatedSince = deprecatedSince;
  }

  void documentation(String subject, String what, SpecNode oldNode, SpecNode newNode) {
    comparison.documentation(subject, what, oldNode, newNode);
  }

  void schema(String subject, String prefix, String where, Optional<SchemaView> oldSchema,
      Optional<SchemaView> newSchema, Direction direction, SpecNode oldOwner, SpecNode newOwner) {
    comparison.schema(subject, prefix, where, oldSchema, newSchema, direction, oldOwner, newOwner);
  }
}
