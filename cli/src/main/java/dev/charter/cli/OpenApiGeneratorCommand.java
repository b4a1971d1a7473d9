package dev.charter.cli;

import dev.charter.codegen.FileGenerator;
import dev.charter.codegen.openapigenerator.OpenApiGeneratorOptions;
import dev.charter.codegen.openapigenerator.OpenApiGeneratorOptions.Mapping;
import dev.charter.codegen.openapigenerator.OpenApiGeneratorOptions.Project;
import dev.charter.codegen.openapigenerator.OpenApiGeneratorRun;
import dev.charter.core.diag.Diagnostic;
import dev.charter.core.diag.Location;
import dev.charter.core.diag.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code charter generate client|server}: OpenAPI Generator with its own option names ({@code -g},
 * {@code --library}, {@code --additional-properties k=v,...}, the mapping options, {@code -t}), so that
 * its documentation applies as it is.
 */
abstract class OpenApiGeneratorCommand extends GenerateRun {

  @Option(names = {"-g", "--generator-name"}, paramLabel = "GENERATOR",
      description = "OpenAPI Generator's generator (charter generate list shows them all).")
  String generatorName;

  @Option(names = "--library", paramLabel = "LIBRARY", description = "The generator's library (e.g. native, webclient, resttemplate).")
  String library;

  @Option(names = {"-p", "--additional-properties"}, paramLabel = "KEY=VALUE", split = ",",
      description = "Generator options, e.g. interfaceOnly=true,useTags=true (charter generate list --options -g NAME).")
  Map<String, String> additionalProperties = new LinkedHashMap<>();

  @Option(names = "--type-mappings", paramLabel = "TYPE=TARGET", split = ",", description = "e.g. DateTime=java.time.Instant")
  Map<String, String> typeMappings = new LinkedHashMap<>();

  @Option(names = "--import-mappings", paramLabel = "TYPE=IMPORT", split = ",", description = "e.g. Money=com.acme.Money")
  Map<String, String> importMappings = new LinkedHashMap<>();

  @Option(names = "--schema-mappings", paramLabel = "SCHEMA=TYPE", split = ",", description = "Use an existing type for a schema.")
  Map<String, String> schemaMappings = new LinkedHashMap<>();

  @Option(names = "--instantiation-types", paramLabel = "TYPE=IMPL", split = ",", description = "e.g. array=java.util.LinkedList")
  Map<String, String> instantiationTypes = new LinkedHashMap<>();

  @Option(names = "--name-mappings", paramLabel = "PROPERTY=NAME", split = ",", description = "Property names in code.")
  Map<String, String> nameMappings = new LinkedHashMap<>();

  @Option(names = "--parameter-name-mappings", paramLabel = "PARAM=NAME", split = ",", description = "Parameter names in code.")
  Map<String, String> parameterNameMappings = new LinkedHashMap<>();

  @Option(names = "--model-name-mappings", paramLabel = "SCHEMA=NAME", split = ",", description = "Model class names.")
  Map<String, String> modelNameMappings = new LinkedHashMap<>();

  @Option(names = "--enum-name-mappings", paramLabel = "VALUE=NAME", split = ",", description = "Enum constant names.")
  Map<String, String> enumNameMappings = new LinkedHashMap<>();

  @Option(names = "--operation-id-name-mappings", paramLabel = "ID=NAME", split = ",", description = "Method names.")
  Map<String, String> operationIdNameMappings = new LinkedHashMap<>();

  @Option(names = "--inline-schema-name-mappings", paramLabel = "NAME=NEW", split = ",", description = "Names of inline schemas.")
  Map<String, String> inlineSchemaNameMappings = new LinkedHashMap<>();

  @Option(names = "--inline-schema-options", paramLabel = "KEY=VALUE", split = ",", description = "Inline model resolver options.")
  Map<String, String> inlineSchemaOptions = new LinkedHashMap<>();

  @Option(names = "--openapi-normalizer", paramLabel = "RULE=VALUE", split = ",", description = "OpenAPI normalizer rules.")
  Map<String, String> openapiNormalizer = new LinkedHashMap<>();

  @Option(names = "--reserved-words-mappings", paramLabel = "WORD=NAME", split = ",", description = "Replacements for reserved words.")
  Map<String, String> reservedWordsMappings = new LinkedHashMap<>();

  @Option(names = "--server-variables", paramLabel = "NAME=VALUE", split = ",", description = "Server variable values.")
  Map<String, String> serverVariables = new LinkedHashMap<>();

  @Option(names = "--global-property", paramLabel = "KEY=VALUE", split = ",",
      description = "OpenAPI Generator's global properties, e.g. models=,apis=Pets,apiTests=true.")
  Map<String, String> globalProperties = new LinkedHashMap<>();

  @Option(names = "--language-specific-primitives", paramLabel = "TYPE", split = ",", description = "Types to treat as primitives.")
  List<String> languageSpecificPrimitives = new ArrayList<>();

  @Option(names = {"-t", "--template-dir"}, paramLabel = "DIR",
      description = "Templates that override the generator's own (only the files present).")
  Path templateDir;

  @Option(names = {"-e", "--engine"}, paramLabel = "ENGINE", description = "Templating engine: mustache or handlebars.")
  String engine;

  @Option(names = "--group-id", paramLabel = "ID") String groupId;
  @Option(names = "--artifact-id", paramLabel = "ID") String artifactId;
  @Option(names = "--artifact-version", paramLabel = "VERSION") String artifactVersion;
  @Option(names = "--package-name", paramLabel = "NAME", description = "Package name (generators that have one).") String packageName;
  @Option(names = "--api-package", paramLabel = "PACKAGE") String apiPackage;
  @Option(names = "--model-package", paramLabel = "PACKAGE") String modelPackage;
  @Option(names = "--invoker-package", paramLabel = "PACKAGE") String invokerPackage;

  @Option(names = "--openapi-generator-defaults",
      description = "Use OpenAPI Generator's own defaults instead of charter's (which choose the Java client's native"
          + " library, Spring interfaces only, no timestamps and no skeleton tests).")
  boolean openapiGeneratorDefaults;

  @Option(names = "--allow-code-extensions",
      description = "Keep vendor extensions OpenAPI Generator copies into source code as they are (x-class-extra-annotation,"
          + " x-implements, x-java-import, ...). Off by default: in a spec you did not write they are code injection.")
  boolean allowCodeExtensions;

  abstract String defaultGenerator();

  abstract dev.charter.codegen.openapigenerator.GeneratorCatalog.Kind kind();

  @Override
  FileGenerator generator(CliEnvironment env) {
    Map<Mapping, Map<String, String>> mappings = new EnumMap<>(Mapping.class);
    mappings.put(Mapping.TYPE_MAPPINGS, typeMappings);
    mappings.put(Mapping.IMPORT_MAPPINGS, importMappings);
    mappings.put(Mapping.SCHEMA_MAPPINGS, schemaMappings);
    mappings.put(Mapping.INSTANTIATION_TYPES, instantiationTypes);
    mappings.put(Mapping.NAME_MAPPINGS, nameMappings);
    mappings.put(Mapping.PARAMETER_NAME_MAPPINGS, parameterNameMappings);
    mappings.put(Mapping.MODEL_NAME_MAPPINGS, modelNameMappings);
    mappings.put(Mapping.ENUM_NAME_MAPPINGS, enumNameMappings);
    mappings.put(Mapping.OPERATION_ID_NAME_MAPPINGS, operationIdNameMappings);
    mappings.put(Mapping.INLINE_SCHEMA_NAME_MAPPINGS, inlineSchemaNameMappings);
    mappings.put(Mapping.INLINE_SCHEMA_OPTIONS, inlineSchemaOptions);
    mappings.put(Mapping.OPENAPI_NORMALIZER, openapiNormalizer);
    mappings.put(Mapping.RESERVED_WORDS_MAPPINGS, reservedWordsMappings);
    mappings.put(Mapping.SERVER_VARIABLES, serverVariables);
    mappings.put(Mapping.GLOBAL_PROPERTIES, globalProperties);
    Optional<Path> templates = Optional.ofNullable(templateDir).map(t -> env.workingDir().resolve(t).normalize());
    if (templates.isPresent() && !Files.isDirectory(templates.get())) {
      throw new InputException(new Diagnostic("usage-error", Severity.ERROR,
          "--template-dir " + templateDir + " is not a folder", Location.ofFile(templates.get().toString())));
    }
    String name = generatorName == null ? defaultGenerator() : generatorName;
    Project project = new Project(Optional.ofNullable(groupId), Optional.ofNullable(artifactId),
        Optional.ofNullable(artifactVersion), Optional.ofNullable(packageName), Optional.ofNullable(apiPackage),
        Optional.ofNullable(modelPackage), Optional.ofNullable(invokerPackage));
    return new OpenApiGeneratorRun(new OpenApiGeneratorOptions(name, Optional.ofNullable(library), additionalProperties,
        mappings, new LinkedHashSet<>(languageSpecificPrimitives), templates, Optional.ofNullable(engine), project,
        !openapiGeneratorDefaults, allowCodeExtensions), Optional.of(kind()));
  }

}
