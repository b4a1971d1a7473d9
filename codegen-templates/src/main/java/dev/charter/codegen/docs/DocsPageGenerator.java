package dev.charter.codegen.docs;

import dev.charter.codegen.FileGenerator;
import dev.charter.codegen.GenerationException;
import dev.charter.codegen.output.Staging;
import dev.charter.core.diag.Diagnostic;
import dev.charter.core.spec.SpecDocument;
import dev.charter.core.spec.SpecVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * {@code charter generate docs}: one self-contained HTML reference for an OpenAPI or AsyncAPI
 * document, rendered on the server side (every operation is in the page without running a script)
 * and viewable offline. Own renderer rather than Redoc's standalone bundle: that bundle is about a
 * megabyte of JavaScript that renders in the browser (slow on GitHub-sized specs, blank without
 * script) and reads OpenAPI only; charter already has the model for both formats.
 */
public final class DocsPageGenerator implements FileGenerator {
  private final DocsOptions options;

  public DocsPageGenerator(DocsOptions options) {
    this.options = options;
  }

  @Override
  public String description() {
    return "charter generate docs";
  }

  @Override
  public boolean accepts(SpecVersion version) {
    return true;
  }

  @Override
  public String accepted() {
    return "OpenAPI and AsyncAPI";
  }

  public DocsPage page(SpecDocument spec) {
    return DocsPageBuilder.build(spec, options);
  }

  @Override
  public List<Diagnostic> generate(SpecDocument spec, Staging staging) throws GenerationException {
    try {
      staging.write(options.fileName(), DocsPageRenderer.render(page(spec)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.of();
  }
}
