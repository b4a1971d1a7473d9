package dev.charter.maven;

import dev.charter.core.config.CharterConfig;
import dev.charter.core.config.ConfigException;
import dev.charter.core.diag.Diagnostic;
import dev.charter.core.diag.Location;
import dev.charter.core.diag.Severity;
import dev.charter.core.parse.ByteSize;
import dev.charter.core.parse.ParseLimits;
import dev.charter.core.source.RefPolicy;
import dev.charter.core.spec.LoadOptions;
import dev.charter.core.spec.SpecDocument;
import dev.charter.core.spec.SpecLoadException;
import dev.charter.core.spec.SpecLoader;
import dev.charter.core.spec.SpecFinder;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every goal that reads specs shares: skipping, the settings file, and how specs are read.
 *
 * <p>A setting comes from the POM when given there (or as a {@code -D} property), else from
 * charter.yaml as for the command line (the goal's section, or the top level for the input options
 * shared by every command), else charter's default. So a project that already keeps its settings
 * in charter.yaml gets the same results from {@code charter lint} and {@code mvn charter:lint}.
 */
abstract class CharterMojo extends AbstractMojo {
  /** Where a project keeps its specs unless {@code specs} says otherwise. */
  static final String DEFAULT_SPEC_DIR = "src/main/openapi";

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
  PluginDescriptor plugin;

  /**
   * The settings file. Default: the nearest charter.yaml (or charter.yml, .charter.yaml) from the
   * project's folder up to the top of its git repository, as the command line finds it.
   */
  @Parameter(property = "charter.config")
  File config;

  /**
   * Folder that local {@code $ref}s may not leave. Default: the top of the git work tree that holds
   * the spec, else the project's folder if it holds the spec, else the spec's folder.
   */
  @Parameter(property = "charter.root")
  File root;

  /** Let local {@code $ref}s reach files outside the root folder. Default: false. */
  @Parameter(property = "charter.allowOutsideRoot")
  Boolean allowOutsideRoot;

  /** Follow http(s) {@code $ref}s to these hosts ({@code *} for any host). Default: none. */
  @Parameter(property = "charter.allowRemoteRefs")
  List<String> allowRemoteRefs;

  /** Largest document to read, such as {@code 50MB} or {@code 512k}. Default: 128MB. */
  @Parameter(property = "charter.maxSize")
  String maxSize;

  private CharterConfig loadedConfig;

  /** The goal's name, as in {@code charter:lint}. */
  abstract String goal();

  /** The goal's section in charter.yaml. */
  abstract String section();

  abstract boolean skip();

  /** The goal's work, once it is known not to be skipped. */
  abstract void run() throws MojoExecutionException, MojoFailureException;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip()) {
      getLog().info("charter:" + goal() + " skipped");
      return;
    }
    LibraryLogging.quietUnlessDebug(getLog().isDebugEnabled());
    run();
  }

  Path basedir() {
    return project.getBasedir().toPath().toAbsolutePath().normalize();
  }

  /** The version of charter that runs, as reports name it (the same as the command line's). */
  String charterVersion() {
    return plugin.getVersion();
  }

  CharterConfig charterConfig() throws MojoExecutionException {
    if (loadedConfig == null) {
      try {
        if (config != null) {
          loadedConfig = CharterConfig.load(config.toPath());
        } else {
          Optional<Path> found = CharterConfig.find(basedir());
          loadedConfig = found.isPresent() ? CharterConfig.load(found.get()) : CharterConfig.empty();
        }
      } catch (ConfigException e) {
        throw Problems.inputError(goal(), List.of(e.toDiagnostic()), basedir());
      }
      loadedConfig.file().ifPresent(f -> getLog().debug("charter:" + goal() + ": settings from " + f));
    }
    return loadedConfig;
  }

  /**
   * A setting read from charter.yaml by {@code read}, which refuses a value of the wrong shape (a
   * list for a single value, {@code maybe} for true or false) as the command line does, so the
   * goal fails naming the file and line instead of ignoring the value.
   */
  private <T> Optional<T> configured(ConfigRead<T> read) throws MojoExecutionException {
    try {
      return read.from(charterConfig());
    } catch (ConfigException e) {
      throw Problems.inputError(goal(), List.of(e.toDiagnostic()), basedir());
    }
  }

  /** How one setting is read from charter.yaml. */
  @FunctionalInterface
  private interface ConfigRead<T> {
    Optional<T> from(CharterConfig config) throws ConfigException;
  }

  /** A text setting: the POM's value, else charter.yaml's, else {@code fallback}. */
  String setting(String pomValue, String key, String fallback) throws MojoExecutionException {
    if (pomValue != null && !pomValue.isBlank()) {
      return pomValue.trim();
    }
    return configured(c -> c.text(section(), key)).orElse(fallback);
  }

  boolean setting(Boolean pomValue, String key, boolean fallback) throws MojoExecutionException {
    if (pomValue != null) {
      return pomValue;
    }
    return configured(c -> c.flag(section(), key)).orElse(fallback);
  }

  /** A file setting; a path from charter.yaml is relative to that file's folder. */
  Optional<Path> setting(File pomValue, String key) throws MojoExecutionException {
    if (pomValue != null) {
      return Optional.of(basedir().resolve(pomValue.toPath()).normalize());
    }
    return configured(c -> c.path(section(), key));
  }

  /** A list setting: the POM's list, else charter.yaml's (a list or comma-separated text), else empty. */
  List<String> setting(List<String> pomValue, String key) throws MojoExecutionException {
    if (pomValue != null && !pomValue.isEmpty()) {
      return pomValue;
    }
    return configured(c -> c.list(section(), key)).orElse(List.of());
  }

  /**
   * A setting the goal cannot use. Named as the POM parameter when the POM (or its property) gave
   * it, else at its line of charter.yaml, as the command line names it.
   */
  MojoExecutionException invalidSetting(Object pomValue, String parameter, String key, String problem)
      throws MojoExecutionException {
    boolean fromPom = pomValue != null && !(pomValue instanceof String s && s.isBlank());
    Optional<Location> inFile = fromPom ? Optional.empty() : charterConfig().optionLocation(section(), key);
    if (inFile.isPresent()) {
      return Problems.inputError(goal(), List.of(new Diagnostic("config-error", Severity.ERROR,
          "invalid value for '" + key + "': " + problem, inFile.get())), basedir());
    }
    return new MojoExecutionException("charter:" + goal() + ": " + parameter + ": " + problem);
  }

  /** How specs are read: the input options, with the project's folder as the working directory. */
  LoadOptions loadOptions() throws MojoExecutionException {
    long bytes;
    String size = setting(maxSize, "max-size", null);
    try {
      bytes = size == null ? ParseLimits.DEFAULT.maxBytes() : ByteSize.parse(size);
    } catch (IllegalArgumentException e) {
      throw invalidSetting(maxSize, "maxSize", "max-size", e.getMessage());
    }
    RefPolicy policy = new RefPolicy(setting(root, "root"), setting(allowOutsideRoot, "allow-outside-root", false),
        Set.copyOf(setting(allowRemoteRefs, "allow-remote-refs")));
    return new LoadOptions(ParseLimits.DEFAULT.withMaxBytes(bytes), policy, basedir(), InputStream.nullInputStream(),
        "<stdin>");
  }

  /**
   * The specs a goal reads: those configured, else {@value #DEFAULT_SPEC_DIR} (every OpenAPI and
   * AsyncAPI document in it). Entries are as on the command line: files, folders or {@code REV:path}.
   */
  List<String> specsOrDefault(List<String> configuredSpecs) throws MojoExecutionException {
    if (configuredSpecs != null && !configuredSpecs.isEmpty()) {
      return configuredSpecs;
    }
    Path dir = basedir().resolve(DEFAULT_SPEC_DIR);
    if (!Files.isDirectory(dir)) {
      throw new MojoExecutionException("charter:" + goal() + ": no specs: list them in <specs>, or put them in "
          + DEFAULT_SPEC_DIR + "/");
    }
    return List.of(DEFAULT_SPEC_DIR);
  }

  /**
   * The spec files a goal that reads one spec at a time works on: each configured file, or every
   * spec found in a configured folder (by default {@value #DEFAULT_SPEC_DIR}).
   */
  List<Path> specFiles(List<String> configuredSpecs) throws MojoExecutionException {
    List<Path> out = new ArrayList<>();
    for (String spec : specsOrDefault(configuredSpecs)) {
      Path p = basedir().resolve(spec).normalize();
      if (Files.isDirectory(p)) {
        try {
          out.addAll(SpecFinder.find(p));
        } catch (IOException e) {
          throw new MojoExecutionException("charter:" + goal() + ": cannot read folder " + p + ": " + e.getMessage(), e);
        }
      } else {
        out.add(p);
      }
    }
    if (out.isEmpty()) {
      throw new MojoExecutionException("charter:" + goal() + ": " + String.join(", ", specsOrDefault(configuredSpecs))
          + " holds no OpenAPI or AsyncAPI document");
    }
    return out;
  }

  /**
   * The spec of a goal that reads one: the configured one (a file or {@code REV:path}), else the
   * only spec in {@value #DEFAULT_SPEC_DIR}.
   */
  String oneSpec(String configured) throws MojoExecutionException {
    if (configured != null && !configured.isBlank()) {
      return configured.trim();
    }
    List<Path> found = specFiles(null);
    if (found.size() != 1) {
      throw new MojoExecutionException("charter:" + goal() + ": " + DEFAULT_SPEC_DIR + " holds " + found.size()
          + " specs; name the one to use in <spec>");
    }
    return display(found.get(0));
  }

  SpecDocument load(String spec) throws MojoExecutionException {
    try {
      return new SpecLoader(loadOptions()).load(spec);
    } catch (SpecLoadException e) {
      throw Problems.inputError(goal(), e.problems(), basedir());
    }
  }

  /** A path for messages: relative to the project's folder when inside it. */
  String display(Path p) {
    return Problems.display(p.toString(), basedir());
  }

  void logFinding(Diagnostic d) {
    for (String line : Problems.lines(d, basedir())) {
      switch (d.severity()) {
        case ERROR -> getLog().error(line);
        case WARN -> getLog().warn(line);
        default -> getLog().info(line);
      }
    }
  }
}
