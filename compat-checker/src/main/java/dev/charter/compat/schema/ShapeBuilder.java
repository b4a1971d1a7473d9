package dev.charter.compat.schema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.core.model.SchemaView;
import dev.charter.core.spec.SpecNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The mutable state of one shape while {@link Shapes} builds it. */
final class ShapeBuilder {
  String id;
  SpecNode anchor;
  boolean unsupported;
  String unresolvedRef;
  List<Shape> variants = new ArrayList<>();
  SpecNode unionNode;
  Set<String> types;
  boolean nullable;
  Map<String, JsonNode> enumValues;
  Map<String, JsonNode> extensibleEnum;
  Shape.Bound minimum;
  Shape.Bound maximum;
  List<BigDecimal> multipleOf = new ArrayList<>();
  Shape.Count minLength;
  Shape.Count maxLength;
  List<String> patterns = new ArrayList<>();
  String format;
  Map<String, List<SchemaView>> properties = new LinkedHashMap<>();
  Map<String, SpecNode> propertyNodes = new LinkedHashMap<>();
  Set<String> required = new LinkedHashSet<>();
  boolean closed;
  List<SchemaView> additional = new ArrayList<>();
  Map<String, List<SchemaView>> patternProperties = new LinkedHashMap<>();
  Shape.Count minProperties;
  Shape.Count maxProperties;
  List<SchemaView> items = new ArrayList<>();
  List<List<SchemaView>> prefixItems = new ArrayList<>();
  Shape.Count minItems;
  Shape.Count maxItems;
  boolean uniqueItems;
  Shape.Discriminator discriminator;
  boolean readOnly;
  boolean writeOnly;
  boolean deprecated;
  JsonNode defaultValue;
  List<SchemaView> not = new ArrayList<>();
  Map<String, String> opaque = new LinkedHashMap<>();
  String description;
  String title;
  List<JsonNode> examples = new ArrayList<>();
  String sunset;
  Map<String, SpecNode> sources = new HashMap<>();

  ShapeBuilder(String id, SpecNode anchor) {
    this.id = id;
    this.anchor = anchor;
  }

  Shape build() {
    return new Shape(this);
  }

  void source(String keyword, SpecNode node) {
    sources.putIfAbsent(keyword, node);
  }
}
