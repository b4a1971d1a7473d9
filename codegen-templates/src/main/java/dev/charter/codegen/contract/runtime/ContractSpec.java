package dev.charter.codegen.contract.runtime;

import dev.charter.core.model.HttpMethod;
import dev.charter.core.model.HttpOperation;
import dev.charter.core.model.OpenApiModel;
import dev.charter.core.model.SecurityScheme;
import dev.charter.core.spec.SpecDocument;
import dev.charter.core.spec.SpecLoadException;
import dev.charter.core.spec.SpecLoader;
import dev.charter.core.validate.InstanceValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The spec that responses are checked against: the loaded document, its operations and a validator
 * for its schemas. Loading is the expensive part, so one instance serves every test; it is
 * immutable and safe to share between threads.
 */
public final class ContractSpec {
  private final SpecDocument document;
  private final OpenApiModel model;
  private final InstanceValidator validator;

  private ContractSpec(SpecDocument document) {
    this.document = document;
    this.model = OpenApiModel.of(document);
    this.validator = new InstanceValidator(document);
  }

  public static ContractSpec of(SpecDocument document) {
    return new ContractSpec(document);
  }

  /** Loads the spec file (with the files it references). */
  public static ContractSpec load(Path file) {
    try {
      return new ContractSpec(new SpecLoader().load(file));
    } catch (SpecLoadException e) {
      throw new IllegalStateException("cannot load the spec " + file + ": "
          + (e.problems().isEmpty() ? e.getMessage() : e.problems().get(0).oneLine()), e);
    }
  }

  /** Loads a spec that the tests carry as a resource ({@code /charter/openapi.yaml}). */
  public static ContractSpec fromClasspath(String resource) {
    URL url = ContractSpec.class.getResource(resource);
    if (url == null) {
      throw new IllegalStateException("the spec " + resource + " is not on the test classpath");
    }
    try {
      if (url.getProtocol().equals("file")) {
        return load(Path.of(url.toURI()));
      }
      // Inside a jar: copy it out, the loader reads files.
      String name = resource.substring(resource.lastIndexOf('/') + 1);
      Path copy = Files.createTempDirectory("charter-contract-").resolve(name);
      try (InputStream in = url.openStream()) {
        Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
      }
      copy.toFile().deleteOnExit();
      copy.getParent().toFile().deleteOnExit();
      return load(copy);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public SpecDocument document() {
    return document;
  }

  public OpenApiModel model() {
    return model;
  }

  public InstanceValidator validator() {
    return validator;
  }

  /** The operation {@code method path} ({@code GET /pets/{petId}}), which must exist. */
  public HttpOperation operation(String method, String path) {
    Optional<HttpMethod> m = HttpMethod.ofKey(method.toLowerCase(java.util.Locale.ROOT));
    return m.flatMap(x -> model.operation(x, path))
        .orElseThrow(() -> new IllegalArgumentException("the spec has no operation " + method + " " + path));
  }

  public Optional<SecurityScheme> scheme(String name) {
    return Optional.ofNullable(model.securitySchemes().get(name));
  }
}
