package dev.charter.codegen.openapigenerator;

import dev.charter.codegen.FileGenerator;
import dev.charter.codegen.GenerationException;
import dev.charter.codegen.openapigenerator.OpenApiGeneratorOptions.Mapping;
import dev.charter.codegen.output.Staging;
import dev.charter.codegen.output.UnsafeOutputException;
import dev.charter.core.diag.Diagnostic;
import dev.charter.core.diag.Location;
import dev.charter.core.diag.Severity;
import dev.charter.core.spec.SpecDocument;
import dev.charter.core.spec.SpecVersion;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;
import org.openapitools.codegen.ClientOptInput;
import org.openapitools.codegen.CliOption;
import org.openapitools.codegen.CodegenConfig;
import org.openapitools.codegen.CodegenConfigLoader;
import org.openapitools.codegen.CodegenConstants;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.TemplatingEngineLoader;
import org.openapitools.codegen.config.GeneratorSettings;
import org.openapitools.codegen.config.GlobalSettings;
import org.openapitools.codegen.config.WorkflowSettings;
import org.openapitools.codegen.utils.ModelUtils;

/**
 * One OpenAPI Generator generator, used as a library. This does what OpenAPI Generator's {@code
 * CodegenConfigurator} does, minus reading the spec: the model comes from charter's loader ({@link
 * OpenApiModels}), so swagger-parser never resolves a reference or opens a file.
 *
 * <p>OpenAPI Generator keeps its process-wide switches in {@link GlobalSettings} (a per-thread copy
 * of the system properties) and prints its banner to {@code System.out} unless "quiet". Each run
 * starts from a fresh copy, sets quiet, and resets the copy when it ends; runs are serialised
 * because standard output is captured (into the debug log) while the generator works.
 */
public final class OpenApiGeneratorRun implements FileGenerator {
  private static final ReentrantLock ONE_AT_A_TIME = new ReentrantLock();

  private final OpenApiGeneratorOptions options;
  private final Optional<GeneratorCatalog.Kind> expectedKind;

  public OpenApiGeneratorRun(OpenApiGeneratorOptions options) {
    this(options, Optional.empty());
  }

  /**
   * @param expectedKind what the command asked for ({@code generate client}): a server generator
   *     there (or the reverse) is refused as a likely mistake; other types are accepted by both
   */
  public OpenApiGeneratorRun(OpenApiGeneratorOptions options, Optional<GeneratorCatalog.Kind> expectedKind) {
    this.options = options;
    this.expectedKind = expectedKind;
  }

  public OpenApiGeneratorOptions options() {
    return options;
  }

  @Override
  public String description() {
    return "OpenAPI Generator '" + options.generatorName() + "'";
  }

  @Override
  public boolean accepts(SpecVersion version) {
    return version.isOpenApi();
  }

  @Override
  public String accepted() {
    return "Swagger 2.0 and OpenAPI 3.0/3.1";
  }

  /**
   * The options charter applies when the user did not choose: the {@code native} library for the
   * Java client (plain java.net.http, no third-party HTTP stack), interfaces only for Spring (the
   * application implements them; no generated application to keep in sync), Spring Boot 3 (Jakarta
   * EE, Java 17), no generation timestamps anywhere, so that regenerating an unchanged spec
   * changes no file, and no API or model test skeletons (they are disabled stubs that assert
   * nothing; {@code charter generate tests} writes real ones). Each can be set back with
   * {@code --additional-properties} or {@code --global-property}.
   */
  static OpenApiGeneratorOptions withCharterDefaults(OpenApiGeneratorOptions o, Map<String, CliOption> known) {
    if (!o.useCharterDefaults()) {
      return o;
    }
    OpenApiGeneratorOptions out = o;
    if (o.generatorName().equals("java") && o.library().isEmpty() && !o.additionalProperties().containsKey("library")) {
      out = out.withLibrary("native");
    }
    Map<String, String> defaults = new LinkedHashMap<>();
    if (o.generatorName().equals("spring")) {
      defaults.put("interfaceOnly", "true");
      defaults.put("useSpringBoot3", "true");
    }
    if (o.generatorName().equals("java")) {
      defaults.put("useJakartaEe", "true");
    }
    defaults.put(CodegenConstants.HIDE_GENERATION_TIMESTAMP, "true");
    for (String skeletons : List.of(CodegenConstants.API_TESTS, CodegenConstants.MODEL_TESTS)) {
      if (!out.mapping(Mapping.GLOBAL_PROPERTIES).containsKey(skeletons)) {
        out = out.withMapping(Mapping.GLOBAL_PROPERTIES, skeletons, "false");
      }
    }
    for (Map.Entry<String, String> d : defaults.entrySet()) {
      boolean applies = known.containsKey(d.getKey()) || d.getKey().equals(CodegenConstants.HIDE_GENERATION_TIMESTAMP);
      if (applies && !out.additionalProperties().containsKey(d.getKey())) {
        out = out.withAdditionalProperty(d.getKey(), d.getValue());
      }
    }
    return out;
  }

  @Override
  public List<Diagnostic> generate(SpecDocument spec, Staging staging) throws GenerationException {
    Location specFile = Location.ofFile(spec.root().name());
    CodegenConfig config = find(options.generatorName(), specFile);
    checkKind(GeneratorCatalog.entry(config).kind(), specFile);
    Map<String, CliOption> known = new LinkedHashMap<>();
    config.cliOptions().forEach(c -> known.put(c.getOpt(), c));
    OpenApiGeneratorOptions effective = withCharterDefaults(options, known);
    List<Diagnostic> notes = new ArrayList<>(checkOptions(config, effective, known, specFile));
    List<Diagnostic> unsafe = UnsafeSpecText.check(dev.charter.core.model.OpenApiModel.of(spec));
    if (!unsafe.isEmpty()) {
      throw new GenerationException(unsafe);
    }
    OpenApiModels.Result model = OpenApiModels.from(spec, effective.allowCodeExtensions());
    notes.addAll(model.notes());
    notes.addAll(KnownIssueWorkarounds.apply(model.openApi(), String.valueOf(config.embeddedTemplateDir()),
        makesExamplesWithRgxGen(config), specFile));
    Path noRules = null;
    ONE_AT_A_TIME.lock();
    StandardOutputCapture capture = null;
    try {
      noRules = Files.createTempFile("charter-no-ignore-rules-", ".txt");
      GeneratorSettings settings = settings(effective);
      GlobalSettings.reset();
      GlobalSettings.setProperty("quiet", "true");
      GlobalSettings.setProperty("verbose", "false");
      effective.mapping(Mapping.GLOBAL_PROPERTIES).forEach(GlobalSettings::setProperty);
      ModelUtils.setGenerateAliasAsModel(Boolean.parseBoolean(
          effective.mapping(Mapping.GLOBAL_PROPERTIES).getOrDefault("generateAliasAsModel", "false")));
      configure(config, settings, effective, spec, staging.root(), noRules);
      notes.addAll(mapModelNames(config, model.openApi(), specFile));
      notes.addAll(groupSpringByTagsIfNeeded(config, effective, model.openApi(), specFile));
      ClientOptInput input = new ClientOptInput().config(config).generatorSettings(settings).openAPI(model.openApi());
      capture = StandardOutputCapture.start();
      DefaultGenerator generator = new DefaultGenerator(false);
      generator.opts(input);
      if (skipWebhooks(effective, config, model.openApi())) {
        // DefaultGenerator reads "which parts" from these defaults only when no --global-property
        // names a part; set all four, or naming webhooks alone would switch the others off.
        generator.setGeneratorPropertyDefault(CodegenConstants.APIS, "true");
        generator.setGeneratorPropertyDefault(CodegenConstants.MODELS, "true");
        generator.setGeneratorPropertyDefault(CodegenConstants.SUPPORTING_FILES, "true");
        generator.setGeneratorPropertyDefault(CodegenConstants.WEBHOOKS, "false");
        notes.add(new Diagnostic("generate-webhooks-skipped", Severity.INFO, "webhooks were not generated: they are"
            + " requests the API sends to its consumers, not operations a server implements (and OpenAPI Generator"
            + " 7.25.0's Spring templates write them without a return type); --global-property webhooks= includes them",
            specFile));
      }
      List<File> written = generator.generate();
      checkInside(written, staging.root());
      listIgnoreFileInFiles(staging.root());
    } catch (UnsafeOutputException e) {
      throw e;
    } catch (IOException e) {
      throw new GenerationException(new Diagnostic("generate-io-error", Severity.ERROR,
          "could not prepare the generation: " + e.getMessage(), specFile), e);
    } catch (RuntimeException | LinkageError | StackOverflowError e) {
      throw new GenerationException(new Diagnostic("generate-failed", Severity.ERROR,
          description() + " failed: " + describe(e), specFile), e);
    } finally {
      if (capture != null) {
        capture.stop();
      }
      GlobalSettings.reset();
      ONE_AT_A_TIME.unlock();
      if (noRules != null) {
        try {
          Files.deleteIfExists(noRules);
        } catch (IOException e) {
          // a temporary file; the system cleans it up
        }
      }
    }
    return notes;
  }

  /** Distinct, non-empty class names for every schema ({@link GeneratedNames#modelNameMappings}). */
  private static List<Diagnostic> mapModelNames(CodegenConfig config, io.swagger.v3.oas.models.OpenAPI api, Location where) {
    if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
      return List.of();
    }
    List<String> names = new ArrayList<>(api.getComponents().getSchemas().keySet());
    Map<String, String> mappings = GeneratedNames.modelNameMappings(names, config::toModelName,
        Map.copyOf(config.modelNameMapping()));
    List<Diagnostic> notes = new ArrayList<>();
    mappings.forEach((schema, model) -> {
      if (names.contains(schema)) {
        notes.add(new Diagnostic("generate-model-renamed", Severity.WARN, "schema '" + schema + "' is generated as class "
            + model + ": its own name gives " + (config.toModelName(schema).isEmpty() ? "no class name"
                : "the class name of another schema"), where));
      }
    });
    config.modelNameMapping().putAll(mappings);
    Map<String, String> fields = GeneratedNames.propertyNameMappings(api,
        n -> config instanceof org.openapitools.codegen.DefaultCodegen d ? d.toVarName(n) : config.toParamName(n), Map.copyOf(config.nameMapping()));
    fields.forEach((property, field) -> notes.add(new Diagnostic("generate-field-renamed", Severity.WARN,
        "property '" + property + "' is generated as field " + field + ": its own name gives the field of another"
            + " property of the same schema", where)));
    config.nameMapping().putAll(fields);
    List<String> operationIds = new ArrayList<>();
    KnownIssueWorkarounds.operations(api).forEach(op -> {
      if (op.getOperationId() != null && !op.getOperationId().isBlank()) {
        operationIds.add(op.getOperationId());
      }
    });
    Map<String, String> methods = GeneratedNames.operationIdMappings(operationIds,
        id -> config instanceof org.openapitools.codegen.DefaultCodegen d ? d.toOperationId(id) : id,
        Map.copyOf(config.operationIdNameMapping()));
    methods.forEach((id, method) -> notes.add(new Diagnostic("generate-method-renamed", Severity.WARN,
        "operation '" + id + "' is generated as method " + method + ": its own name gives the method of another"
            + " operation", where)));
    config.operationIdNameMapping().putAll(methods);
    if ("JavaSpring".equals(config.embeddedTemplateDir())) {
      notes.addAll(avoidSpringLocals(config, api, where));
    }
    return notes;
  }

  /**
   * Spring groups operations by the first path segment unless {@code useTags}; a segment starting
   * with a digit ({@code /2.0/...}) becomes an interface named {@code 20Api}, which is not Java.
   * Such specs are grouped by tags instead, unless the user chose.
   */
  private static List<Diagnostic> groupSpringByTagsIfNeeded(CodegenConfig config, OpenApiGeneratorOptions o,
      io.swagger.v3.oas.models.OpenAPI api, Location where) {
    if (!"JavaSpring".equals(config.embeddedTemplateDir()) || o.additionalProperties().containsKey("useTags")
        || api.getPaths() == null) {
      return List.of();
    }
    for (String path : api.getPaths().keySet()) {
      String first = path.replaceFirst("^/+", "");
      if (!first.isEmpty() && Character.isDigit(first.charAt(0))) {
        config.additionalProperties().put("useTags", true);
        return List.of(new Diagnostic("generate-grouped-by-tags", Severity.INFO, "operations are grouped by tag"
            + " (useTags=true): paths such as " + path + " start with a digit, which cannot start an interface name",
            where));
      }
    }
    return List.of();
  }

  /** The generators whose example code calls RgxGen 1.x's constructor (see KnownIssueWorkarounds). */
  private static boolean makesExamplesWithRgxGen(CodegenConfig config) {
    return config instanceof org.openapitools.codegen.languages.AbstractPythonCodegen
        || config instanceof org.openapitools.codegen.languages.AbstractPythonPydanticV1Codegen
        || config instanceof org.openapitools.codegen.languages.TypeScriptClientCodegen;
  }

  /**
   * Local variables of the Spring templates' default method bodies (and the lambda parameter
   * {@code request}): a parameter with one of these names would be declared twice.
   */
  private static final java.util.Set<String> SPRING_LOCALS = java.util.Set.of("mediaType", "exampleString", "statusCode",
      "result", "request", "exchange");

  private static List<Diagnostic> avoidSpringLocals(CodegenConfig config, io.swagger.v3.oas.models.OpenAPI api,
      Location where) {
    java.util.Set<String> names = new java.util.LinkedHashSet<>();
    java.util.function.Consumer<List<io.swagger.v3.oas.models.parameters.Parameter>> collect = ps -> {
      if (ps != null) {
        ps.forEach(p -> {
          if (p != null && p.getName() != null) {
            names.add(p.getName());
          }
        });
      }
    };
    KnownIssueWorkarounds.operations(api).forEach(op -> collect.accept(op.getParameters()));
    if (api.getPaths() != null) {
      api.getPaths().values().forEach(item -> collect.accept(item.getParameters()));
    }
    if (api.getComponents() != null && api.getComponents().getParameters() != null) {
      collect.accept(new ArrayList<>(api.getComponents().getParameters().values()));
    }
    List<Diagnostic> notes = new ArrayList<>();
    for (String name : names) {
      if (config.parameterNameMapping().containsKey(name)) {
        continue;
      }
      String param = config.toParamName(name);
      if (SPRING_LOCALS.contains(param)) {
        config.parameterNameMapping().put(name, param + "Param");
        notes.add(new Diagnostic("generate-parameter-renamed", Severity.WARN, "parameter '" + name
            + "' is generated as " + param + "Param: the Spring templates use " + param + " as a local variable", where));
      }
    }
    return notes;
  }

  /** Spring server stubs leave webhooks out unless the user chose the parts to generate. */
  private static boolean skipWebhooks(OpenApiGeneratorOptions o, CodegenConfig config, io.swagger.v3.oas.models.OpenAPI api) {
    Map<String, String> global = o.mapping(Mapping.GLOBAL_PROPERTIES);
    boolean partsChosen = global.containsKey(CodegenConstants.APIS) || global.containsKey(CodegenConstants.MODELS)
        || global.containsKey(CodegenConstants.SUPPORTING_FILES) || global.containsKey(CodegenConstants.WEBHOOKS);
    return o.useCharterDefaults() && !partsChosen && "JavaSpring".equals(config.embeddedTemplateDir())
        && api.getWebhooks() != null && !api.getWebhooks().isEmpty();
  }

  private void checkKind(GeneratorCatalog.Kind actual, Location where) throws GenerationException {
    if (expectedKind.isEmpty()) {
      return;
    }
    GeneratorCatalog.Kind expected = expectedKind.get();
    boolean clash = (expected == GeneratorCatalog.Kind.CLIENT && actual == GeneratorCatalog.Kind.SERVER)
        || (expected == GeneratorCatalog.Kind.SERVER && actual == GeneratorCatalog.Kind.CLIENT);
    if (clash) {
      throw new GenerationException(new Diagnostic("generate-wrong-kind", Severity.ERROR, "'" + options.generatorName()
          + "' is a " + actual.label() + " generator; use charter generate " + actual.label() + " -g "
          + options.generatorName(), where));
    }
  }

  private static String describe(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t && (t.getMessage() == null || t.getMessage().isBlank())) {
      t = t.getCause();
    }
    String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    m = m.replaceAll("\\s+", " ").trim();
    return m.length() > 500 ? m.substring(0, 500) + "…" : m;
  }

  private CodegenConfig find(String name, Location where) throws GenerationException {
    List<CodegenConfig> all = CodegenConfigLoader.getAll();
    for (CodegenConfig c : all) {
      if (c.getName().equals(name)) {
        return c;
      }
    }
    List<GeneratorCatalog.Entry> entries = all.stream().map(GeneratorCatalog::entry).toList();
    GeneratorCatalog catalog = new GeneratorCatalogView(entries).catalog();
    List<String> close = catalog.closeMatches(name);
    throw new GenerationException(new Diagnostic("generate-unknown-generator", Severity.ERROR,
        "OpenAPI Generator has no generator '" + name + "'"
            + (close.isEmpty() ? "" : "; did you mean " + String.join(", ", close) + "?")
            + " (charter generate list shows all " + entries.size() + ")",
        where));
  }

  /** Checks the library and warns about options the generator does not declare (they are passed on anyway). */
  private static List<Diagnostic> checkOptions(CodegenConfig config, OpenApiGeneratorOptions o, Map<String, CliOption> known,
      Location where) throws GenerationException {
    List<Diagnostic> notes = new ArrayList<>();
    Optional<String> library = o.library().or(() -> Optional.ofNullable(o.additionalProperties().get("library")));
    Map<String, String> libraries = config.supportedLibraries();
    if (library.isPresent() && (libraries == null || !libraries.containsKey(library.get()))) {
      throw new GenerationException(new Diagnostic("generate-unknown-library", Severity.ERROR,
          "generator '" + o.generatorName() + "' has no library '" + library.get() + "'"
              + (libraries == null || libraries.isEmpty() ? "; it has no libraries"
                  : "; it has: " + String.join(", ", new TreeSet<>(libraries.keySet()))),
          where));
    }
    Set<String> generic = Set.of(CodegenConstants.HIDE_GENERATION_TIMESTAMP, "library", CodegenConstants.TEMPLATE_DIR);
    for (String key : o.additionalProperties().keySet()) {
      if (!known.containsKey(key) && !generic.contains(key)) {
        notes.add(new Diagnostic("generate-unknown-option", Severity.WARN,
            "generator '" + o.generatorName() + "' does not declare the option '" + key
                + "'; it is passed to its templates as given (its options: charter generate list --options -g "
                + o.generatorName() + ")", where));
      }
    }
    return notes;
  }

  private static GeneratorSettings settings(OpenApiGeneratorOptions o) {
    GeneratorSettings.Builder b = GeneratorSettings.newBuilder().withGeneratorName(o.generatorName());
    o.library().ifPresent(b::withLibrary);
    OpenApiGeneratorOptions.Project p = o.project();
    p.groupId().ifPresent(b::withGroupId);
    p.artifactId().ifPresent(b::withArtifactId);
    p.artifactVersion().ifPresent(b::withArtifactVersion);
    p.packageName().ifPresent(b::withPackageName);
    p.apiPackage().ifPresent(b::withApiPackage);
    p.modelPackage().ifPresent(b::withModelPackage);
    p.invokerPackage().ifPresent(b::withInvokerPackage);
    o.additionalProperties().forEach(b::withAdditionalProperty);
    b.withTypeMappings(o.mapping(Mapping.TYPE_MAPPINGS));
    b.withImportMappings(o.mapping(Mapping.IMPORT_MAPPINGS));
    b.withSchemaMappings(o.mapping(Mapping.SCHEMA_MAPPINGS));
    b.withInstantiationTypes(o.mapping(Mapping.INSTANTIATION_TYPES));
    b.withNameMappings(o.mapping(Mapping.NAME_MAPPINGS));
    b.withParameterNameMappings(o.mapping(Mapping.PARAMETER_NAME_MAPPINGS));
    b.withModelNameMappings(o.mapping(Mapping.MODEL_NAME_MAPPINGS));
    b.withEnumNameMappings(o.mapping(Mapping.ENUM_NAME_MAPPINGS));
    b.withOperationIdNameMappings(o.mapping(Mapping.OPERATION_ID_NAME_MAPPINGS));
    b.withInlineSchemaNameMappings(o.mapping(Mapping.INLINE_SCHEMA_NAME_MAPPINGS));
    b.withInlineSchemaOptions(o.mapping(Mapping.INLINE_SCHEMA_OPTIONS));
    b.withOpenapiNormalizer(o.mapping(Mapping.OPENAPI_NORMALIZER));
    b.withReservedWordsMappings(o.mapping(Mapping.RESERVED_WORDS_MAPPINGS));
    b.withServerVariables(o.mapping(Mapping.SERVER_VARIABLES));
    b.withLanguageSpecificPrimitives(o.languageSpecificPrimitives());
    return b.build();
  }

  /** Mirrors CodegenConfigurator.toClientOptInput (OpenAPI Generator 7.25.0), minus spec loading. */
  private static void configure(CodegenConfig config, GeneratorSettings settings, OpenApiGeneratorOptions o,
      SpecDocument spec, Path outputDir, Path noRules) {
    WorkflowSettings defaults = WorkflowSettings.newBuilder().build();
    if (settings.getLibrary() != null && !settings.getLibrary().isEmpty()) {
      config.setLibrary(settings.getLibrary());
    }
    // Only the file name: generated READMEs quote it, and an absolute path would leak the user's tree.
    config.setInputSpec(Path.of(spec.root().name()).getFileName().toString());
    config.setOutputDir(outputDir.toString());
    config.setSkipOverwrite(false);
    // The output folder's ignore rules are applied by charter's writer, which also lists what they
    // excluded; OpenAPI Generator gets an empty rule file so that it stages everything.
    config.setIgnoreFilePathOverride(noRules.toString());
    config.setRemoveOperationIdPrefix(defaults.isRemoveOperationIdPrefix());
    config.setSkipOperationExample(defaults.isSkipOperationExample());
    // Post-processing runs external formatters named by environment variables: never from charter.
    config.setEnablePostProcessFile(false);
    config.setEnableMinimalUpdate(false);
    config.setStrictSpecBehavior(defaults.isStrictSpecBehavior());
    String engine = o.templatingEngine().orElse(config.defaultTemplatingEngine());
    config.setTemplatingEngine(TemplatingEngineLoader.byIdentifier(engine));
    config.instantiationTypes().putAll(settings.getInstantiationTypes());
    config.typeMapping().putAll(settings.getTypeMappings());
    config.importMapping().putAll(settings.getImportMappings());
    config.schemaMapping().putAll(settings.getSchemaMappings());
    config.forcedGenerateSchemas().addAll(settings.getForcedGenerateSchemas());
    config.inlineSchemaNameMapping().putAll(settings.getInlineSchemaNameMappings());
    config.inlineSchemaOption().putAll(settings.getInlineSchemaOptions());
    config.nameMapping().putAll(settings.getNameMappings());
    config.parameterNameMapping().putAll(settings.getParameterNameMappings());
    config.modelNameMapping().putAll(settings.getModelNameMappings());
    config.enumNameMapping().putAll(settings.getEnumNameMappings());
    config.operationIdNameMapping().putAll(settings.getOperationIdNameMappings());
    config.injectModelVendorExtensions().putAll(settings.getInjectModelVendorExtensions());
    config.openapiNormalizer().putAll(settings.getOpenapiNormalizer());
    config.languageSpecificPrimitives().addAll(settings.getLanguageSpecificPrimitives());
    config.openapiGeneratorIgnoreList().addAll(settings.getOpenapiGeneratorIgnoreList());
    config.reservedWordsMappings().putAll(settings.getReservedWordsMappings());
    config.additionalProperties().putAll(settings.getAdditionalProperties());
    config.serverVariableOverrides().putAll(settings.getServerVariables());
    o.templatesDir().ifPresent(t -> config.additionalProperties().put(CodegenConstants.TEMPLATE_DIR,
        t.toAbsolutePath().toString()));
    if (config.additionalProperties().containsKey("library")) {
      config.setLibrary(String.valueOf(config.additionalProperties().get("library")));
    }
  }

  /**
   * OpenAPI Generator's {@code .openapi-generator/FILES} names {@code .openapi-generator-ignore} only
   * on the run that created it, so the second generation of an unchanged spec would change FILES.
   * It is listed whenever the folder has one (charter seeds the user's into staging).
   */
  private static void listIgnoreFileInFiles(Path root) throws IOException {
    Path files = root.resolve(".openapi-generator/FILES");
    if (!Files.isRegularFile(files) || !Files.isRegularFile(root.resolve(".openapi-generator-ignore"))) {
      return;
    }
    List<String> lines = new ArrayList<>(Files.readAllLines(files));
    if (lines.contains(".openapi-generator-ignore")) {
      return;
    }
    lines.add(".openapi-generator-ignore");
    lines.sort(String::compareTo);
    StringBuilder sb = new StringBuilder();
    lines.forEach(l -> sb.append(l).append(System.lineSeparator()));
    Files.writeString(files, sb.toString());
  }

  /** Every file the generator reports must be inside staging; anything else is an escape, reported loudly. */
  private static void checkInside(List<File> written, Path root) {
    for (File f : written) {
      if (f == null) {
        continue;
      }
      Path p = f.toPath().toAbsolutePath().normalize();
      if (!p.startsWith(root)) {
        throw new UnsafeOutputException("OpenAPI Generator wrote " + p + ", outside the folder charter gave it;"
            + " the output folder was not changed, but that file must be checked and removed by hand");
      }
    }
  }

  /** A catalog over already-instantiated configs, for close matches without instantiating them twice. */
  private record GeneratorCatalogView(List<GeneratorCatalog.Entry> entries) {
    GeneratorCatalog catalog() {
      return GeneratorCatalog.of(entries);
    }
  }
}
