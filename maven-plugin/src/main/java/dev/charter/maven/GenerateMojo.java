package dev.charter.maven;

import dev.charter.codegen.FileGenerator;
import dev.charter.codegen.GenerationException;
import dev.charter.codegen.GenerationRequest;
import dev.charter.codegen.GenerationResult;
import dev.charter.codegen.Generator;
import dev.charter.codegen.WriteOptions;
import dev.charter.codegen.asyncapi.AsyncApiModelGenerator;
import dev.charter.codegen.asyncapi.AsyncModelOptions;
import dev.charter.codegen.openapigenerator.GeneratorCatalog;
import dev.charter.codegen.openapigenerator.OpenApiGeneratorOptions;
import dev.charter.codegen.openapigenerator.OpenApiGeneratorOptions.Mapping;
import dev.charter.codegen.openapigenerator.OpenApiGeneratorRun;
import dev.charter.codegen.output.Manifest;
import dev.charter.codegen.output.OutputFile;
import dev.charter.core.diag.Diagnostic;
import dev.charter.core.diag.Severity;
import dev.charter.core.spec.SpecDocument;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Generates code from a spec into {@code output} and adds it to the build's sources: {@code charter
 * generate client|server|models} in a build. A client or server comes from OpenAPI Generator (any of
 * its generators and options, named as its own CLI names them); models are charter's Java types for
 * AsyncAPI messages. Incremental: when neither the spec nor the options changed since the last run,
 * nothing is generated again.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends CharterMojo {

  /** Skip this goal. {@code -Dcharter.skip} skips every charter goal. */
  @Parameter(property = "charter.generate.skip", defaultValue = "${charter.skip}")
  boolean skip;

  /** The spec: a file or {@code REV:path}. Default: the only spec in {@code src/main/openapi}. */
  @Parameter(property = "charter.spec")
  String spec;

  /**
   * What to generate: {@code client} (OpenAPI Generator's client generators), {@code server} (its
   * server generators) or {@code models} (Java types for an AsyncAPI document).
   */
  @Parameter(property = "charter.generate.target", defaultValue = "client")
  String target;

  /**
   * OpenAPI Generator's generator, for a client or server ({@code charter generate list} shows them).
   * Default: {@code java} for a client (on the {@code native} library), {@code spring} for a server.
   */
  @Parameter(property = "charter.generate.generator")
  String generator;

  /** The generator's library ({@code native}, {@code webclient}, {@code resttemplate}, …). */
  @Parameter(property = "charter.generate.library")
  String library;

  /** Generator options, such as {@code <interfaceOnly>true</interfaceOnly>} ({@code charter generate list --options -g NAME}). */
  @Parameter
  Map<String, String> additionalProperties;

  /** {@code TYPE=TARGET} entries, such as {@code DateTime=java.time.Instant}. The other mappings below take the same form. */
  @Parameter
  List<String> typeMappings;

  @Parameter
  List<String> importMappings;

  @Parameter
  List<String> schemaMappings;

  @Parameter
  List<String> instantiationTypes;

  @Parameter
  List<String> nameMappings;

  @Parameter
  List<String> parameterNameMappings;

  @Parameter
  List<String> modelNameMappings;

  @Parameter
  List<String> enumNameMappings;

  @Parameter
  List<String> operationIdNameMappings;

  @Parameter
  List<String> inlineSchemaNameMappings;

  @Parameter
  List<String> inlineSchemaOptions;

  @Parameter
  List<String> openapiNormalizer;

  @Parameter
  List<String> reservedWordsMappings;

  @Parameter
  List<String> serverVariables;

  /** OpenAPI Generator's global properties, such as {@code models=} or {@code apis=Pets}. */
  @Parameter
  List<String> globalProperties;

  @Parameter
  List<String> languageSpecificPrimitives;

  /** Templates that override the generator's own (only the files present). */
  @Parameter(property = "charter.generate.templates")
  File templates;

  /** Templating engine: {@code mustache} or {@code handlebars}. */
  @Parameter
  String engine;

  @Parameter
  String groupId;

  @Parameter
  String artifactId;

  @Parameter
  String artifactVersion;

  /** Package name (generators that have one; the package of {@code models}). */
  @Parameter
  String packageName;

  @Parameter
  String apiPackage;

  @Parameter
  String modelPackage;

  @Parameter
  String invokerPackage;

  /** For {@code models}: {@code records} (default) or {@code classes}. */
  @Parameter
  String modelStyle;

  /** For {@code models}: date-times as {@code java_time} (default) or {@code string}. */
  @Parameter
  String dateTimes;

  /** Use OpenAPI Generator's own defaults instead of charter's (Java client on native, Spring interfaces only, no timestamps). */
  @Parameter(defaultValue = "false")
  boolean openapiGeneratorDefaults;

  /** Keep the vendor extensions OpenAPI Generator copies into source code as they are; off, since they are code injection. */
  @Parameter(defaultValue = "false")
  boolean allowCodeExtensions;

  /** Generate even if the spec is not valid against its official schema. */
  @Parameter(property = "charter.generate.skipValidateSpec", defaultValue = "false")
  boolean skipValidateSpec;

  /** Overwrite files in {@code output} that charter did not write, or that were edited since. */
  @Parameter(property = "charter.generate.force", defaultValue = "false")
  boolean force;

  /** The folder to generate into. */
  @Parameter(property = "charter.generate.output", defaultValue = "${project.build.directory}/generated-sources/charter")
  File output;

  /** Add {@code output/src/main/java} (or {@code output} when the generator has no such folder) to the compiled sources. */
  @Parameter(property = "charter.generate.addCompileSourceRoot", defaultValue = "true")
  boolean addCompileSourceRoot;

  /** Generate only when the spec or the options changed since the last generation into {@code output}. */
  @Parameter(property = "charter.generate.skipIfUnchanged", defaultValue = "true")
  boolean skipIfUnchanged;

  @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
  MojoExecution execution;

  @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
  File buildDirectory;

  @Override
  String goal() {
    return "generate";
  }

  @Override
  String section() {
    return "generate";
  }

  @Override
  boolean skip() {
    return skip;
  }

  @Override
  void run() throws MojoExecutionException {
    String specArgument = oneSpec(spec);
    SpecDocument document = load(specArgument);
    FileGenerator fileGenerator = fileGenerator();
    Path out = output.toPath().toAbsolutePath().normalize();
    GenerationStamp stamp = GenerationStamp.of(charterVersion(), options(), document, templatesDir());
    Path stampFile = buildDirectory.toPath().resolve("charter").resolve("generate")
        .resolve(execution.getExecutionId() + ".sha256");
    // The manifest is charter's record of what it wrote: without it the output was removed or never made.
    if (skipIfUnchanged && Files.isRegularFile(out.resolve(Manifest.PATH)) && stamp.matches(stampFile)) {
      getLog().info("charter:generate: " + specArgument + " and the options are unchanged since the last generation into "
          + display(out) + "; nothing to do");
    } else {
      GenerationResult result;
      try {
        result = new Generator().generate(new GenerationRequest(document, fileGenerator, out,
            new WriteOptions(false, force), !skipValidateSpec));
      } catch (GenerationException e) {
        if (getLog().isDebugEnabled() && e.getCause() != null) {
          getLog().debug(e.getCause());
        }
        throw Problems.inputError(goal(), e.problems(), basedir());
      }
      for (Diagnostic note : result.notes()) {
        if (note.severity().atLeast(Severity.WARN)) {
          getLog().warn(Problems.oneLine(note, basedir()));
        } else {
          getLog().debug(Problems.oneLine(note, basedir()));
        }
      }
      stamp.write(stampFile);
      getLog().info("charter:generate: " + fileGenerator.description() + " from " + specArgument + " into "
          + display(out) + " (" + summary(result) + ")");
    }
    if (addCompileSourceRoot) {
      Path sources = Files.isDirectory(out.resolve("src/main/java")) ? out.resolve("src/main/java") : out;
      project.addCompileSourceRoot(sources.toString());
      getLog().debug("charter:generate: compiling " + sources);
    }
  }

  private FileGenerator fileGenerator() throws MojoExecutionException {
    String kind = target == null ? "client" : target.trim().toLowerCase(Locale.ROOT);
    switch (kind) {
      case "client":
        return new OpenApiGeneratorRun(openApiGeneratorOptions("java"), Optional.of(GeneratorCatalog.Kind.CLIENT));
      case "server":
        return new OpenApiGeneratorRun(openApiGeneratorOptions("spring"), Optional.of(GeneratorCatalog.Kind.SERVER));
      case "models":
        try {
          AsyncModelOptions defaults = AsyncModelOptions.defaults();
          return new AsyncApiModelGenerator(new AsyncModelOptions(
              packageName == null ? defaults.packageName() : packageName,
              modelStyle == null ? defaults.style() : AsyncModelOptions.Style.valueOf(modelStyle.trim().toUpperCase(Locale.ROOT)),
              dateTimes == null ? defaults.dateTimes() : AsyncModelOptions.DateTimes.valueOf(dateTimes.trim().toUpperCase(Locale.ROOT)),
              groupId == null ? defaults.groupId() : groupId, Optional.ofNullable(artifactId),
              Optional.ofNullable(artifactVersion)));
        } catch (IllegalArgumentException e) {
          throw new MojoExecutionException("charter:generate: " + e.getMessage());
        }
      default:
        throw new MojoExecutionException("charter:generate: target must be client, server or models, not '" + target + "'");
    }
  }

  private OpenApiGeneratorOptions openApiGeneratorOptions(String defaultGenerator) throws MojoExecutionException {
    Map<Mapping, Map<String, String>> mappings = new EnumMap<>(Mapping.class);
    mappings.put(Mapping.TYPE_MAPPINGS, pairs("typeMappings", typeMappings));
    mappings.put(Mapping.IMPORT_MAPPINGS, pairs("importMappings", importMappings));
    mappings.put(Mapping.SCHEMA_MAPPINGS, pairs("schemaMappings", schemaMappings));
    mappings.put(Mapping.INSTANTIATION_TYPES, pairs("instantiationTypes", instantiationTypes));
    mappings.put(Mapping.NAME_MAPPINGS, pairs("nameMappings", nameMappings));
    mappings.put(Mapping.PARAMETER_NAME_MAPPINGS, pairs("parameterNameMappings", parameterNameMappings));
    mappings.put(Mapping.MODEL_NAME_MAPPINGS, pairs("modelNameMappings", modelNameMappings));
    mappings.put(Mapping.ENUM_NAME_MAPPINGS, pairs("enumNameMappings", enumNameMappings));
    mappings.put(Mapping.OPERATION_ID_NAME_MAPPINGS, pairs("operationIdNameMappings", operationIdNameMappings));
    mappings.put(Mapping.INLINE_SCHEMA_NAME_MAPPINGS, pairs("inlineSchemaNameMappings", inlineSchemaNameMappings));
    mappings.put(Mapping.INLINE_SCHEMA_OPTIONS, pairs("inlineSchemaOptions", inlineSchemaOptions));
    mappings.put(Mapping.OPENAPI_NORMALIZER, pairs("openapiNormalizer", openapiNormalizer));
    mappings.put(Mapping.RESERVED_WORDS_MAPPINGS, pairs("reservedWordsMappings", reservedWordsMappings));
    mappings.put(Mapping.SERVER_VARIABLES, pairs("serverVariables", serverVariables));
    mappings.put(Mapping.GLOBAL_PROPERTIES, pairs("globalProperties", globalProperties));
    Optional<Path> templatesDir = templatesDir();
    if (templatesDir.isPresent() && !Files.isDirectory(templatesDir.get())) {
      throw new MojoExecutionException("charter:generate: templates " + templatesDir.get() + " is not a folder");
    }
    OpenApiGeneratorOptions.Project coordinates = new OpenApiGeneratorOptions.Project(Optional.ofNullable(groupId),
        Optional.ofNullable(artifactId), Optional.ofNullable(artifactVersion), Optional.ofNullable(packageName),
        Optional.ofNullable(apiPackage), Optional.ofNullable(modelPackage), Optional.ofNullable(invokerPackage));
    return new OpenApiGeneratorOptions(generator == null ? defaultGenerator : generator.trim(),
        Optional.ofNullable(library), additionalProperties == null ? Map.of() : additionalProperties, mappings,
        new LinkedHashSet<>(languageSpecificPrimitives == null ? List.of() : languageSpecificPrimitives), templatesDir,
        Optional.ofNullable(engine), coordinates, !openapiGeneratorDefaults, allowCodeExtensions);
  }

  private Optional<Path> templatesDir() {
    return Optional.ofNullable(templates).map(t -> basedir().resolve(t.toPath()).normalize());
  }

  /** {@code KEY=VALUE} entries as a map, in order. */
  private static Map<String, String> pairs(String parameter, List<String> entries) throws MojoExecutionException {
    Map<String, String> out = new LinkedHashMap<>();
    for (String entry : entries == null ? List.<String>of() : entries) {
      int eq = entry.indexOf('=');
      if (eq <= 0) {
        throw new MojoExecutionException("charter:generate: " + parameter + " takes KEY=VALUE entries, not '" + entry + "'");
      }
      out.put(entry.substring(0, eq).trim(), entry.substring(eq + 1).trim());
    }
    return out;
  }

  /** Every option that shapes the output, for the stamp that tells whether to generate again. */
  private Map<String, String> options() {
    Map<String, String> o = new LinkedHashMap<>();
    o.put("target", String.valueOf(target));
    o.put("generator", String.valueOf(generator));
    o.put("library", String.valueOf(library));
    o.put("additionalProperties", String.valueOf(additionalProperties == null ? null : new java.util.TreeMap<>(additionalProperties)));
    o.put("typeMappings", String.valueOf(typeMappings));
    o.put("importMappings", String.valueOf(importMappings));
    o.put("schemaMappings", String.valueOf(schemaMappings));
    o.put("instantiationTypes", String.valueOf(instantiationTypes));
    o.put("nameMappings", String.valueOf(nameMappings));
    o.put("parameterNameMappings", String.valueOf(parameterNameMappings));
    o.put("modelNameMappings", String.valueOf(modelNameMappings));
    o.put("enumNameMappings", String.valueOf(enumNameMappings));
    o.put("operationIdNameMappings", String.valueOf(operationIdNameMappings));
    o.put("inlineSchemaNameMappings", String.valueOf(inlineSchemaNameMappings));
    o.put("inlineSchemaOptions", String.valueOf(inlineSchemaOptions));
    o.put("openapiNormalizer", String.valueOf(openapiNormalizer));
    o.put("reservedWordsMappings", String.valueOf(reservedWordsMappings));
    o.put("serverVariables", String.valueOf(serverVariables));
    o.put("globalProperties", String.valueOf(globalProperties));
    o.put("languageSpecificPrimitives", String.valueOf(languageSpecificPrimitives));
    o.put("templates", String.valueOf(templatesDir().orElse(null)));
    o.put("engine", String.valueOf(engine));
    o.put("coordinates", groupId + ":" + artifactId + ":" + artifactVersion);
    o.put("packages", packageName + "," + apiPackage + "," + modelPackage + "," + invokerPackage);
    o.put("models", modelStyle + "," + dateTimes);
    o.put("openapiGeneratorDefaults", String.valueOf(openapiGeneratorDefaults));
    o.put("allowCodeExtensions", String.valueOf(allowCodeExtensions));
    o.put("skipValidateSpec", String.valueOf(skipValidateSpec));
    o.put("output", output.toPath().toAbsolutePath().normalize().toString());
    return o;
  }

  private static String summary(GenerationResult result) {
    List<String> parts = new ArrayList<>();
    for (OutputFile.Status s : OutputFile.Status.values()) {
      long n = result.count(s);
      if (n > 0) {
        parts.add(n + " " + switch (s) {
          case CREATE -> "created";
          case UPDATE -> "updated";
          case OVERWRITE -> "overwritten";
          default -> s.label();
        });
      }
    }
    return parts.isEmpty() ? "no files" : String.join(", ", parts);
  }
}
