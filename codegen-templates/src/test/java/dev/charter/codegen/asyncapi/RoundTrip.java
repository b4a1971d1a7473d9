package dev.charter.codegen.asyncapi;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.charter.codegen.testing.JsonSemantics;
import dev.charter.core.model.AsyncApiModel;
import dev.charter.core.model.AsyncMessage;
import dev.charter.core.model.SchemaDialect;
import dev.charter.core.model.SchemaView;
import dev.charter.core.sample.SampleGenerator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

/**
 * Reads each message example of a {@link ModelSet} into its generated type (loaded from compiled
 * classes through {@code loader}) and writes it back, expecting the same JSON by meaning. This is
 * how an application would use the models: one ObjectMapper with java.time support, dates as text.
 */
final class RoundTrip {
  private final ObjectMapper mapper;

  RoundTrip(ClassLoader loader) {
    JsonMapper m = JsonMapper.builder().addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    m.setTypeFactory(m.getTypeFactory().withClassLoader(loader));
    this.mapper = m;
  }

  /** One check: which message, which example, payload or headers, and what went wrong (empty if nothing). */
  record Outcome(String spec, String message, String example, String part, Optional<String> problem) {
    @Override
    public String toString() {
      return spec + " " + message + " [" + example + "] " + part + ": " + problem.orElse("ok");
    }
  }

  /**
   * Also round-trips values made from each message's payload and headers schemas by charter's
   * {@link SampleGenerator} (one from the spec's own examples and defaults, two random ones), so
   * that every message is exercised, not only those with examples.
   */
  List<Outcome> checkSamples(String spec, ModelSet set, AsyncApiModel api) {
    Map<String, AsyncMessage> bySource = new HashMap<>();
    api.channels().values().forEach(c -> c.messages().forEach(m -> bySource.put(m.node().toString(), m)));
    api.operations().forEach(o -> {
      o.messages().forEach(m -> bySource.put(m.node().toString(), m));
      o.reply().ifPresent(r -> r.messages().forEach(m -> bySource.put(m.node().toString(), m)));
    });
    List<SampleGenerator> samplers = List.of(
        new SampleGenerator(SampleGenerator.Options.staticFor(SampleGenerator.Direction.ANY)),
        new SampleGenerator(SampleGenerator.Options.random(1, SampleGenerator.Direction.ANY)),
        new SampleGenerator(SampleGenerator.Options.random(2, SampleGenerator.Direction.ANY)));
    String pkg = set.options().packageName();
    List<Outcome> out = new ArrayList<>();
    for (ModelSet.MessageModel m : set.messages()) {
      AsyncMessage source = bySource.get(m.source());
      if (source == null) {
        continue;
      }
      for (int i = 0; i < samplers.size(); i++) {
        String label = i == 0 ? "sample from examples" : "random sample " + i;
        SampleGenerator g = samplers.get(i);
        if (m.payload().isPresent() && source.payload().isPresent() && isJsonSchema(source.payload().get())) {
          out.add(new Outcome(spec, m.key(), label, "payload",
              roundTrip(g.generate(source.payload().get()), m.payload().get().canonical(pkg))));
        }
        if (m.headers().isPresent() && source.headers().isPresent() && isJsonSchema(source.headers().get())) {
          out.add(new Outcome(spec, m.key(), label, "headers",
              roundTrip(g.generate(source.headers().get()), m.headers().get().canonical(pkg))));
        }
      }
    }
    return out;
  }

  private static boolean isJsonSchema(SchemaView s) {
    return s.dialect() != SchemaDialect.UNSUPPORTED;
  }

  List<Outcome> check(String spec, ModelSet set) {
    List<Outcome> out = new ArrayList<>();
    String pkg = set.options().packageName();
    for (ModelSet.MessageModel m : set.messages()) {
      int i = 0;
      for (ModelSet.MessageExample e : m.examples()) {
        String name = e.name().orElse("#" + i);
        i++;
        if (e.payload().isPresent() && m.payload().isPresent()) {
          out.add(new Outcome(spec, m.key(), name, "payload", roundTrip(e.payload().get(), m.payload().get().canonical(pkg))));
        }
        if (e.headers().isPresent() && m.headers().isPresent()) {
          out.add(new Outcome(spec, m.key(), name, "headers", roundTrip(e.headers().get(), m.headers().get().canonical(pkg))));
        }
      }
      for (int j = 0; j < m.payloadSchemaExamples().size() && m.payload().isPresent(); j++) {
        out.add(new Outcome(spec, m.key(), "payload schema example #" + j, "payload",
            roundTrip(m.payloadSchemaExamples().get(j), m.payload().get().canonical(pkg))));
      }
      for (int j = 0; j < m.headersSchemaExamples().size() && m.headers().isPresent(); j++) {
        out.add(new Outcome(spec, m.key(), "headers schema example #" + j, "headers",
            roundTrip(m.headersSchemaExamples().get(j), m.headers().get().canonical(pkg))));
      }
    }
    return out;
  }

  private Optional<String> roundTrip(JsonNode example, String canonicalType) {
    try {
      JavaType type = mapper.getTypeFactory().constructFromCanonical(canonicalType);
      Object value = mapper.treeToValue(example, type);
      JsonNode back = mapper.valueToTree(value);
      return JsonSemantics.difference(example, back).map(d -> "as " + canonicalType + ": " + d);
    } catch (Exception | LinkageError e) {
      return Optional.of("as " + canonicalType + ": " + e.getClass().getSimpleName() + ": "
          + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
    }
  }
}
