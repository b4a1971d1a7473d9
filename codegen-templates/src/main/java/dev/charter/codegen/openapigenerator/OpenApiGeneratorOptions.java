package dev.charter.codegen.openapigenerator;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything an OpenAPI Generator run can be told, named as its own CLI and Maven plugin name them,
 * so that any of its generators and options is reachable: {@code additionalProperties} carries
 * each generator's own options ({@code library}, {@code interfaceOnly}, {@code dateLibrary}, …).
 *
 * @param generatorName OpenAPI Generator's name for the generator ({@code java}, {@code spring}, {@code typescript-fetch})
 * @param library the generator's library ({@code native}, {@code webclient}); empty for its default or charter's
 * @param additionalProperties generator options as text, as {@code --additional-properties k=v} gives them
 * @param mappings the key=value maps of OpenAPI Generator's CLI ({@code --type-mappings}, …)
 * @param languageSpecificPrimitives {@code --language-specific-primitives}
 * @param templatesDir {@code -t}: a folder whose templates override the generator's own
 * @param templatingEngine {@code -e}: {@code mustache} or {@code handlebars}; empty for the generator's default
 * @param project Maven/Gradle coordinates and packages
 * @param useCharterDefaults apply charter's defaults for keys the user did not set (a Java client on
 *     the {@code native} library, Spring interfaces only, no timestamps in generated files)
 * @param allowCodeExtensions keep the vendor extensions OpenAPI Generator copies into source code
 *     verbatim ({@link CodeExtensions}); off by default, since in a spec they are code injection
 */
public record OpenApiGeneratorOptions(String generatorName, Optional<String> library, Map<String, String> additionalProperties,
    Map<Mapping, Map<String, String>> mappings, Set<String> languageSpecificPrimitives, Optional<Path> templatesDir,
    Optional<String> templatingEngine, Project project, boolean useCharterDefaults, boolean allowCodeExtensions) {

  public OpenApiGeneratorOptions {
    Objects.requireNonNull(generatorName, "generatorName");
    additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
    EnumMap<Mapping, Map<String, String>> copy = new EnumMap<>(Mapping.class);
    mappings.forEach((k, v) -> copy.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
    mappings = Collections.unmodifiableMap(copy);
    languageSpecificPrimitives = Set.copyOf(languageSpecificPrimitives);
  }

  /** Just a generator, with charter's defaults. */
  public static OpenApiGeneratorOptions of(String generatorName) {
    return new OpenApiGeneratorOptions(generatorName, Optional.empty(), Map.of(), Map.of(), Set.of(), Optional.empty(),
        Optional.empty(), Project.NONE, true, false);
  }

  public OpenApiGeneratorOptions withAdditionalProperty(String key, String value) {
    Map<String, String> next = new LinkedHashMap<>(additionalProperties);
    next.put(key, value);
    return new OpenApiGeneratorOptions(generatorName, library, next, mappings, languageSpecificPrimitives, templatesDir,
        templatingEngine, project, useCharterDefaults, allowCodeExtensions);
  }

  public OpenApiGeneratorOptions withMapping(Mapping kind, String key, String value) {
    Map<Mapping, Map<String, String>> next = new EnumMap<>(Mapping.class);
    next.putAll(mappings);
    Map<String, String> one = new LinkedHashMap<>(mapping(kind));
    one.put(key, value);
    next.put(kind, one);
    return new OpenApiGeneratorOptions(generatorName, library, additionalProperties, next, languageSpecificPrimitives,
        templatesDir, templatingEngine, project, useCharterDefaults, allowCodeExtensions);
  }

  public OpenApiGeneratorOptions withLibrary(String newLibrary) {
    return new OpenApiGeneratorOptions(generatorName, Optional.ofNullable(newLibrary), additionalProperties, mappings,
        languageSpecificPrimitives, templatesDir, templatingEngine, project, useCharterDefaults, allowCodeExtensions);
  }

  public OpenApiGeneratorOptions withCodeExtensions(boolean allow) {
    return new OpenApiGeneratorOptions(generatorName, library, additionalProperties, mappings, languageSpecificPrimitives,
        templatesDir, templatingEngine, project, useCharterDefaults, allow);
  }

  public OpenApiGeneratorOptions withProject(Project newProject) {
    return new OpenApiGeneratorOptions(generatorName, library, additionalProperties, mappings, languageSpecificPrimitives,
        templatesDir, templatingEngine, newProject, useCharterDefaults, allowCodeExtensions);
  }

  public Map<String, String> mapping(Mapping kind) {
    return mappings.getOrDefault(kind, Map.of());
  }

  /** OpenAPI Generator's key=value options, by their CLI names. */
  public enum Mapping {
    TYPE_MAPPINGS("type-mappings"),
    IMPORT_MAPPINGS("import-mappings"),
    SCHEMA_MAPPINGS("schema-mappings"),
    INSTANTIATION_TYPES("instantiation-types"),
    NAME_MAPPINGS("name-mappings"),
    PARAMETER_NAME_MAPPINGS("parameter-name-mappings"),
    MODEL_NAME_MAPPINGS("model-name-mappings"),
    ENUM_NAME_MAPPINGS("enum-name-mappings"),
    OPERATION_ID_NAME_MAPPINGS("operation-id-name-mappings"),
    INLINE_SCHEMA_NAME_MAPPINGS("inline-schema-name-mappings"),
    INLINE_SCHEMA_OPTIONS("inline-schema-options"),
    OPENAPI_NORMALIZER("openapi-normalizer"),
    RESERVED_WORDS_MAPPINGS("reserved-words-mappings"),
    SERVER_VARIABLES("server-variables"),
    /** {@code --global-property}: {@code models=}, {@code apis=Pet}, {@code supportingFiles=false}, … */
    GLOBAL_PROPERTIES("global-property");

    private final String cliName;

    Mapping(String cliName) {
      this.cliName = cliName;
    }

    /** The option name without dashes, as OpenAPI Generator's CLI spells it. */
    public String cliName() {
      return cliName;
    }
  }

  /** Coordinates and packages, each applied only when set. */
  public record Project(Optional<String> groupId, Optional<String> artifactId, Optional<String> artifactVersion,
      Optional<String> packageName, Optional<String> apiPackage, Optional<String> modelPackage,
      Optional<String> invokerPackage) {
    public static final Project NONE = new Project(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty());
  }
}
