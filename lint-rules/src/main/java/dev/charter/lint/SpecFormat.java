package dev.charter.lint;

import dev.charter.core.spec.SpecVersion;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The document formats a rule can apply to, at the granularity Spectral's rulesets use. A document
 * has exactly one; a rule lists those it runs on.
 */
public enum SpecFormat {
  OAS2("oas2"),
  OAS3_0("oas3_0"),
  OAS3_1("oas3_1"),
  /** OpenAPI 3.2: charter does not load 3.2 documents yet; rules for it exist so rulesets that name them load. */
  OAS3_2("oas3_2"),
  ASYNCAPI2("asyncapi2"),
  ASYNCAPI3("asyncapi3");

  public static final Set<SpecFormat> OAS3 = EnumSet.of(OAS3_0, OAS3_1, OAS3_2);
  public static final Set<SpecFormat> OAS = EnumSet.of(OAS2, OAS3_0, OAS3_1, OAS3_2);
  public static final Set<SpecFormat> ASYNCAPI = EnumSet.of(ASYNCAPI2, ASYNCAPI3);

  private final String id;

  SpecFormat(String id) {
    this.id = id;
  }

  /** The name used in charter's docs and in {@code charter rules} output. */
  public String id() {
    return id;
  }

  public boolean isOpenApi() {
    return OAS.contains(this);
  }

  public boolean isAsyncApi() {
    return ASYNCAPI.contains(this);
  }

  public static SpecFormat of(SpecVersion version) {
    return switch (version) {
      case OPENAPI_2_0 -> OAS2;
      case OPENAPI_3_0 -> OAS3_0;
      case OPENAPI_3_1 -> OAS3_1;
      case ASYNCAPI_3_0, ASYNCAPI_3_1 -> ASYNCAPI3;
      default -> ASYNCAPI2;
    };
  }

  /**
   * The formats a Spectral format name stands for: {@code oas3} is every OpenAPI 3 version,
   * {@code oas3.1} and {@code oas3_1} one of them. JSON Schema formats name documents charter does
   * not lint, so they stand for none. Empty when the name is unknown.
   */
  public static Optional<Set<SpecFormat>> fromSpectralName(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    return switch (n) {
      case "oas2" -> Optional.of(EnumSet.of(OAS2));
      case "oas3" -> Optional.of(EnumSet.copyOf(OAS3));
      case "oas3_0" -> Optional.of(EnumSet.of(OAS3_0));
      case "oas3_1" -> Optional.of(EnumSet.of(OAS3_1));
      case "oas3_2" -> Optional.of(EnumSet.of(OAS3_2));
      case "asyncapi2", "aas2", "asyncapi2_0", "asyncapi2_1", "asyncapi2_2", "asyncapi2_3", "asyncapi2_4",
          "asyncapi2_5", "asyncapi2_6" -> Optional.of(EnumSet.of(ASYNCAPI2));
      case "asyncapi3", "aas3", "asyncapi3_0", "asyncapi3_1" -> Optional.of(EnumSet.of(ASYNCAPI3));
      case "json_schema", "json_schema_loose", "json_schema_draft4", "json_schema_draft6", "json_schema_draft7",
          "json_schema_draft2019_09", "json_schema_2019_09", "json_schema_draft2020_12", "json_schema_2020_12",
          "arazzo1", "arazzo1_0" -> Optional.of(EnumSet.noneOf(SpecFormat.class));
      default -> Optional.empty();
    };
  }
}
