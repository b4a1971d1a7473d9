package dev.charter.lint.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.charter.core.diag.Diagnostic;
import dev.charter.core.model.AsyncApiModel;
import dev.charter.core.model.OpenApiModel;
import dev.charter.core.spec.SpecDocument;
import dev.charter.core.spec.SpecFile;
import dev.charter.core.spec.SpecNode;
import dev.charter.lint.RuleContext;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.walk.Visit;
import java.util.function.Supplier;

/** One rule checking one document: the context the rule sees, reporting into the document's sink. */
final class RuleRun implements RuleContext {
  private final ActiveRule rule;
  private final DocumentScope scope;
  private final FindingSink sink;

  RuleRun(ActiveRule rule, DocumentScope scope, FindingSink sink) {
    this.rule = rule;
    this.scope = scope;
    this.sink = sink;
  }

  ActiveRule rule() {
    return rule;
  }

  @Override
  public SpecDocument document() {
    return scope.document();
  }

  @Override
  public SpecFormat format() {
    return scope.format();
  }

  @Override
  public OpenApiModel openApi() {
    return scope.openApi();
  }

  @Override
  public AsyncApiModel asyncApi() {
    return scope.asyncApi();
  }

  @Override
  public JsonNode option(String name) {
    JsonNode v = rule.options().get(name);
    return v == null ? MissingNode.getInstance() : v;
  }

  @Override
  public <T> T shared(Object key, Supplier<T> compute) {
    return scope.shared(key, compute);
  }

  @Override
  public void report(SpecNode at, String message) {
    report(at.file(), at.pointer(), message);
  }

  @Override
  public void report(Visit at, String message) {
    report(at.file(), at.pointer(), message);
  }

  @Override
  public void report(dev.charter.core.diag.Location location, String message) {
    sink.add(new Diagnostic(rule.id(), rule.severity(), message, location));
  }

  @Override
  public void report(SpecFile file, String pointer, String message) {
    sink.add(new Diagnostic(rule.id(), rule.severity(), message, scope.locate(file, pointer)));
  }
}
