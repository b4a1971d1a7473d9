package dev.charter.core.spec;

import dev.charter.core.diag.Diagnostic;
import dev.charter.core.diag.Location;
import dev.charter.core.diag.Severity;
import dev.charter.core.source.SpecInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The specs named on one command line, loaded: a folder stands for the specs inside it. Specs that
 * cannot be loaded do not stop the others; their problems are collected as input errors.
 */
public record SpecBatch(List<SpecDocument> documents, List<Diagnostic> inputErrors) {

  public SpecBatch {
    documents = List.copyOf(documents);
    inputErrors = List.copyOf(inputErrors);
  }

  public boolean hasInputErrors() {
    return !inputErrors.isEmpty();
  }

  /** Every loaded document's root file name, in order, for reports. */
  public List<String> inputNames() {
    return documents.stream().map(d -> d.root().name()).toList();
  }

  /** Findings loading produced (duplicate keys, remote references not followed), all documents. */
  public List<Diagnostic> loadFindings() {
    List<Diagnostic> out = new ArrayList<>();
    documents.forEach(d -> out.addAll(d.findings()));
    return out;
  }

  public static SpecBatch load(SpecLoader loader, List<String> arguments) {
    List<SpecDocument> docs = new ArrayList<>();
    List<Diagnostic> errors = new ArrayList<>();
    Path cwd = loader.options().workingDir();
    for (String argument : arguments) {
      SpecInput input = SpecInput.parse(argument, cwd, loader.options().stdinName());
      if (input instanceof SpecInput.File f && Files.isDirectory(f.path())) {
        List<Path> found;
        try {
          found = SpecFinder.find(f.path());
        } catch (IOException e) {
          errors.add(new Diagnostic("file-not-readable", Severity.ERROR,
              "cannot read folder " + f.path() + ": " + e.getMessage(), Location.ofFile(f.path().toString())));
          continue;
        }
        if (found.isEmpty()) {
          errors.add(new Diagnostic("file-not-found", Severity.ERROR,
              "folder " + f.path() + " holds no OpenAPI or AsyncAPI document", Location.ofFile(f.path().toString())));
        }
        for (Path p : found) {
          loadOne(loader, new SpecInput.File(p), docs, errors);
        }
      } else {
        loadOne(loader, input, docs, errors);
      }
    }
    return new SpecBatch(docs, errors);
  }

  private static void loadOne(SpecLoader loader, SpecInput input, List<SpecDocument> docs, List<Diagnostic> errors) {
    try {
      docs.add(loader.load(input));
    } catch (SpecLoadException e) {
      errors.addAll(e.problems());
    }
  }
}
