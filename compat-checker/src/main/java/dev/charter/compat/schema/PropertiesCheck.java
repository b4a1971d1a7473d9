package dev.charter.compat.schema;

import dev.charter.compat.Bump;
import dev.charter.compat.Direction;
import dev.charter.compat.Effect;
import dev.charter.compat.Judgement;
import dev.charter.core.parse.JsonPointers;
import dev.charter.core.spec.SpecNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The properties of objects: added, removed, made required or optional, and what each one admits.
 *
 * <p>Properties nobody declared are taken as not used: clients send and read the declared ones.
 * So a property added to a request is an addition (minor) and one removed from it matters only
 * where the object is closed ({@code additionalProperties: false}), which rejects what old clients
 * still send. A property removed from a response is always major: clients read it. A property
 * added to a response is minor unless the old object was closed, where old clients reject it.
 * {@code readOnly} properties are not part of requests and {@code writeOnly} ones not part of
 * responses, so a property becoming readOnly is, for requests, a removal.
 */
final class PropertiesCheck implements SchemaCheck {
  static final SchemaKind ADDED = SchemaKind.of("property-added",
      Bump.MINOR, "minor",
      Bump.MINOR, "minor; major when the old object was closed (additionalProperties: false)",
      "an optional property was added", PropertiesCheck.class);
  static final SchemaKind REQUIRED_ADDED = SchemaKind.of("required-property-added",
      Bump.MAJOR, "major",
      Bump.MINOR, "minor; major when the old object was closed (additionalProperties: false)",
      "a required property was added", PropertiesCheck.class);
  static final SchemaKind REMOVED = SchemaKind.of("property-removed",
      Bump.MINOR, "minor; major when the object is closed (additionalProperties: false), which rejects what old clients still send",
      Bump.MAJOR, "major",
      "a property was removed", PropertiesCheck.class);
  static final SchemaKind BECAME_REQUIRED = SchemaKind.of("property-became-required", Effect.NARROWED,
      "an optional property became required", PropertiesCheck.class);
  static final SchemaKind BECAME_OPTIONAL = SchemaKind.of("property-became-optional", Effect.WIDENED,
      "a required property became optional", PropertiesCheck.class);
  static final SchemaKind BECAME_READ_ONLY = SchemaKind.of("property-became-read-only",
      Bump.MINOR, "as property-removed: minor, major when the object is closed",
      Bump.NONE, "none (readOnly properties are still sent)",
      "a property became readOnly, so requests no longer carry it", PropertiesCheck.class);
  static final SchemaKind BECAME_NOT_READ_ONLY = SchemaKind.of("property-became-not-read-only",
      Bump.MINOR, "as property-added: minor, major when required",
      Bump.NONE, "none",
      "a readOnly property became writable, so requests may carry it", PropertiesCheck.class);
  static final SchemaKind BECAME_WRITE_ONLY = SchemaKind.of("property-became-write-only",
      Bump.NONE, "none (writeOnly properties are still accepted)",
      Bump.MAJOR, "as property-removed: major",
      "a property became writeOnly, so responses no longer carry it", PropertiesCheck.class);
  static final SchemaKind BECAME_NOT_WRITE_ONLY = SchemaKind.of("property-became-not-write-only",
      Bump.NONE, "none",
      Bump.MINOR, "as property-added: minor, major when the old object was closed",
      "a writeOnly property became readable, so responses may carry it", PropertiesCheck.class);

  @Override
  public List<SchemaKind> kinds() {
    return List.of(ADDED, REQUIRED_ADDED, REMOVED, BECAME_REQUIRED, BECAME_OPTIONAL, BECAME_READ_ONLY,
        BECAME_NOT_READ_ONLY, BECAME_WRITE_ONLY, BECAME_NOT_WRITE_ONLY);
  }

  @Override
  public void compare(SchemaPair p) {
    if (!TypeRules.both(p, "object")) {
      return;
    }
    Shape o = p.oldShape();
    Shape n = p.newShape();
    Set<String> names = new LinkedHashSet<>(o.properties.keySet());
    names.addAll(o.required);
    names.addAll(n.properties.keySet());
    names.addAll(n.required);
    for (String name : names) {
      property(p, name);
    }
  }

  private static void property(SchemaPair p, String name) {
    Shape o = p.oldShape();
    Shape n = p.newShape();
    String path = "/properties/" + JsonPointers.escape(name);
    boolean oldPresent = o.properties.containsKey(name) || o.required.contains(name);
    boolean newPresent = n.properties.containsKey(name) || n.required.contains(name);
    Shape op = oldPresent ? p.oldShapeOf(o.properties.getOrDefault(name, List.of()), o.anchor, o.propertyNodes.get(name)) : null;
    Shape np = newPresent ? p.newShapeOf(n.properties.getOrDefault(name, List.of()), n.anchor, n.propertyNodes.get(name)) : null;
    boolean oldReq = o.required.contains(name);
    boolean newReq = n.required.contains(name);
    SpecNode oldNode = o.propertyNodes.getOrDefault(name, o.at("required"));
    SpecNode newNode = n.propertyNodes.getOrDefault(name, n.at("required"));

    if (oldPresent && newPresent) {
      boolean oldVisible = visible(p, op);
      boolean newVisible = visible(p, np);
      if (oldVisible && newVisible) {
        requiredness(p, name, oldReq, newReq, oldNode, newNode);
        p.recurse(op, np, path);
      } else if (oldVisible) {
        SchemaKind kind = p.input() ? BECAME_READ_ONLY : BECAME_WRITE_ONLY;
        p.emit(kind, removal(p, oldReq), oldNode, newNode, "property '" + name + "' became "
            + (p.input() ? "readOnly: requests no longer carry it" : "writeOnly: responses no longer carry it"));
      } else if (newVisible) {
        SchemaKind kind = p.input() ? BECAME_NOT_READ_ONLY : BECAME_NOT_WRITE_ONLY;
        p.emit(kind, addition(p, newReq), oldNode, newNode, "property '" + name + "' is no longer "
            + (p.input() ? "readOnly: requests may carry it" : "writeOnly: responses may carry it")
            + (newReq ? " and it is required" : ""));
      }
      return;
    }
    if (oldPresent) {
      if (!visible(p, op)) {
        return;
      }
      if (!n.additional.isEmpty() && !n.closed) {
        // Still admitted, now through the schema of additional properties.
        p.recurse(op, p.newShapeOf(n.additional, n.at("additionalProperties")), path);
        return;
      }
      p.emit(REMOVED, removal(p, oldReq), oldNode, n.at("properties"),
          (oldReq ? "required " : "") + "property '" + name + "' removed"
              + (p.input() && !n.closed ? " (the object is open, so old clients that still send it are not rejected)" : ""));
      return;
    }
    if (newPresent && visible(p, np)) {
      if (!o.additional.isEmpty() && !o.closed) {
        p.recurse(p.oldShapeOf(o.additional, o.at("additionalProperties")), np, path);
        if (newReq) {
          requiredness(p, name, false, true, o.anchor, newNode);
        }
        return;
      }
      p.emit(newReq ? REQUIRED_ADDED : ADDED, addition(p, newReq), o.at("properties"), newNode,
          (newReq ? "required " : "") + "property '" + name + "' added"
              + (o.closed ? " to an object that admitted no other properties (additionalProperties: false)" : ""));
    }
  }

  private static boolean visible(SchemaPair p, Shape property) {
    return p.input() ? !property.readOnly : !property.writeOnly;
  }

  private static void requiredness(SchemaPair p, String name, boolean oldReq, boolean newReq, SpecNode oldNode,
      SpecNode newNode) {
    if (!oldReq && newReq) {
      p.emit(BECAME_REQUIRED, Effect.NARROWED, oldNode, p.newShape().at("required"), "property '" + name + "' became required");
    } else if (oldReq && !newReq) {
      p.emit(BECAME_OPTIONAL, Effect.WIDENED, p.oldShape().at("required"), newNode, "property '" + name + "' became optional");
    }
  }

  /** A property no longer in what travels. */
  private static Judgement removal(SchemaPair p, boolean wasRequired) {
    if (p.direction() == Direction.INPUT) {
      // Old clients still send it: only a closed object rejects it. New clients leave it out: an
      // old API that required it rejects them.
      return new Judgement(p.newShape().closed, wasRequired, Bump.MINOR);
    }
    return new Judgement(true, false, Bump.MINOR);
  }

  /** A property newly in what travels. */
  private static Judgement addition(SchemaPair p, boolean required) {
    if (p.direction() == Direction.INPUT) {
      return new Judgement(required, p.oldShape().closed, Bump.MINOR);
    }
    return new Judgement(p.oldShape().closed, required, Bump.MINOR);
  }
}
