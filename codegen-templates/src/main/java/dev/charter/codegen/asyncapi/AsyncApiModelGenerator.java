package dev.charter.codegen.asyncapi;

import com.palantir.javapoet.JavaFile;
import dev.charter.codegen.FileGenerator;
import dev.charter.codegen.GenerationException;
import dev.charter.codegen.output.Staging;
import dev.charter.core.diag.Diagnostic;
import dev.charter.core.diag.Severity;
import dev.charter.core.model.AsyncApiModel;
import dev.charter.core.model.AsyncMessage;
import dev.charter.core.model.SchemaDialect;
import dev.charter.core.spec.SpecDocument;
import dev.charter.core.spec.SpecVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code charter generate models}: Java types for an AsyncAPI document's message payloads and
 * headers, an interface per operation, and a {@code pom.xml}, as a Maven project (sources under
 * {@code src/main/java}). The model is charter's own ({@link AsyncApiModel}, every AsyncAPI 2.x and
 * 3.x version), not a library's.
 */
public final class AsyncApiModelGenerator implements FileGenerator {
  private final AsyncModelOptions options;

  public AsyncApiModelGenerator(AsyncModelOptions options) {
    this.options = options;
  }

  @Override
  public String description() {
    return "charter generate models";
  }

  @Override
  public boolean accepts(SpecVersion version) {
    return version.isAsyncApi();
  }

  @Override
  public String accepted() {
    return "AsyncAPI 2.x and 3.x";
  }

  /** The view model of {@code spec}: what {@link #generate} writes. */
  public ModelSet model(SpecDocument spec) {
    return AsyncModelBuilder.build(AsyncApiModel.of(spec), options);
  }

  @Override
  public List<Diagnostic> generate(SpecDocument spec, Staging staging) throws GenerationException {
    AsyncApiModel api = AsyncApiModel.of(spec);
    ModelSet set = AsyncModelBuilder.build(api, options);
    List<Diagnostic> notes = new ArrayList<>();
    for (var channel : api.channels().values()) {
      for (AsyncMessage m : channel.messages()) {
        if (m.payload().map(p -> p.dialect() == SchemaDialect.UNSUPPORTED).orElse(false)) {
          notes.add(new Diagnostic("generate-payload-untyped", Severity.INFO, "message '" + m.key()
              + "' has a " + m.payloadFormat().orElse("non-JSON") + " payload schema; it is generated as JsonNode",
              m.node().location()));
        }
      }
    }
    String folder = "src/main/java/" + options.packageName().replace('.', '/') + "/";
    try {
      for (JavaFile file : new JavaModelRenderer(set).render()) {
        staging.write(folder + file.typeSpec().name() + ".java", file.toString());
      }
      staging.write("pom.xml", MavenProject.pom(set));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return notes;
  }
}
