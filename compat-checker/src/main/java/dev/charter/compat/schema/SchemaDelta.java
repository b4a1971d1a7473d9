package dev.charter.compat.schema;

import dev.charter.compat.Judgement;
import dev.charter.core.spec.SpecNode;

/**
 * One change found by comparing two schemas, relative to the pair compared: {@code path} is the
 * way from there to the change in schema terms ({@code /properties/name/maxLength}); the nodes are
 * where it is in each document (for an addition, the old node is the parent it was added to).
 */
public record SchemaDelta(SchemaKind kind, Judgement judgement, String path, String message, SpecNode oldNode,
    SpecNode newNode) {}
