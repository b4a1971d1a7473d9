package dev.charter.codegen.openapigenerator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.charter.core.diag.Diagnostic;
import dev.charter.core.diag.Location;
import dev.charter.core.diag.Severity;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.callbacks.Callback;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Adjustments to the model handed to OpenAPI Generator 7.25.0 that keep its output compilable where
 * the generator itself gets it wrong. Each one changes nothing the spec means, or (where it must
 * drop something) says so in a note. Revisit on every OpenAPI Generator upgrade: the tests that
 * compile generated code for the corpus show whether each is still needed.
 */
final class KnownIssueWorkarounds {
  private static final ObjectMapper JSON = new ObjectMapper();

  private KnownIssueWorkarounds() {}

  static List<Diagnostic> apply(OpenAPI openApi, String templateFamily, Location where) {
    return apply(openApi, templateFamily, false, where);
  }

  /**
   * @param examplesFromPatterns the generator makes example values from {@code pattern} with
   *     RgxGen 1.x's constructor, which the RgxGen 3.x on charter's classpath (core's sample
   *     generator needs it) no longer has
   */
  static List<Diagnostic> apply(OpenAPI openApi, String templateFamily, boolean examplesFromPatterns, Location where) {
    List<Diagnostic> notes = new ArrayList<>();
    if (examplesFromPatterns) {
      int supplied = supplyPatternExamples(openApi);
      if (supplied > 0) {
        notes.add(new Diagnostic("generate-pattern-examples", Severity.INFO, supplied + " string schema"
            + (supplied == 1 ? "" : "s") + " with a pattern and no example got an example made from the pattern"
            + " (what the generator would have made itself, with RgxGen and the same seed)", where));
      }
    }
    List<Operation> operations = operations(openApi);
    // SpringCodegen.reformatProvideArgsParams reads operation.getExtensions().get(..) without a
    // null check: an operation without x- extensions (a webhook, say) ends generation with a
    // NullPointerException. An empty map means the same as none.
    for (Operation op : operations) {
      if (op.getExtensions() == null) {
        op.setExtensions(new HashMap<>());
      }
    }
    // info.version becomes the artifact version (pom.xml, package.json) and a string constant;
    // info.title and tag names land in string literals and comments. Templates copy all three
    // unescaped, so characters that would end a literal or a comment are replaced.
    if (openApi.getInfo() != null) {
      String version = openApi.getInfo().getVersion();
      if (version != null && !version.matches("[A-Za-z0-9._+\\- ]*")) {
        String safe = version.replaceAll("[^A-Za-z0-9._+\\-]+", "-").replaceAll("^-+|-+$", "");
        openApi.getInfo().setVersion(safe.isEmpty() ? "0" : safe);
        notes.add(new Diagnostic("generate-text-adjusted", Severity.INFO, "info.version '" + version
            + "' is generated as '" + openApi.getInfo().getVersion() + "' (it becomes a package version)", where));
      }
      String title = openApi.getInfo().getTitle();
      if (title != null && !literalSafe(title).equals(title)) {
        openApi.getInfo().setTitle(literalSafe(title));
        notes.add(new Diagnostic("generate-text-adjusted", Severity.INFO, "info.title is generated as '"
            + openApi.getInfo().getTitle() + "'", where));
      }
    }
    if (openApi.getTags() != null) {
      openApi.getTags().forEach(t -> {
        if (t.getName() != null) {
          t.setName(literalSafe(t.getName()));
        }
      });
    }
    for (Operation op : operations) {
      if (op.getTags() != null) {
        op.setTags(new ArrayList<>(op.getTags().stream().map(KnownIssueWorkarounds::literalSafe).toList()));
      }
    }
    if (templateFamily.equals("JavaSpring")) {
      int dropped = dropExamplesWithBackslashes(openApi, operations);
      if (dropped > 0) {
        notes.add(new Diagnostic("generate-example-dropped", Severity.INFO, dropped + " response example"
            + (dropped == 1 ? "" : "s") + " left out of @ExampleObject annotations: OpenAPI Generator 7.25.0 escapes"
            + " their quotes but not their backslashes (ExamplesUtils.unaliasExamples), which would not compile", where));
      }
    }
    return notes;
  }

  /**
   * Gives every string schema with a {@code pattern} and no example, default or enum an example
   * made from the pattern, as the Python and TypeScript generators would (RgxGen, seed 18): they
   * then read the example instead of calling RgxGen's 1.x constructor, which fails on RgxGen 3.
   */
  private static int supplyPatternExamples(OpenAPI openApi) {
    List<io.swagger.v3.oas.models.media.Schema<?>> roots = new ArrayList<>();
    if (openApi.getComponents() != null) {
      if (openApi.getComponents().getSchemas() != null) {
        openApi.getComponents().getSchemas().values().forEach(roots::add);
      }
      if (openApi.getComponents().getParameters() != null) {
        openApi.getComponents().getParameters().values().forEach(p -> add(roots, p.getSchema(), p.getContent()));
      }
      if (openApi.getComponents().getRequestBodies() != null) {
        openApi.getComponents().getRequestBodies().values().forEach(b -> add(roots, null, b.getContent()));
      }
      if (openApi.getComponents().getResponses() != null) {
        openApi.getComponents().getResponses().values().forEach(r -> add(roots, null, r.getContent()));
      }
    }
    for (Operation op : operations(openApi)) {
      if (op.getParameters() != null) {
        op.getParameters().forEach(p -> add(roots, p.getSchema(), p.getContent()));
      }
      if (op.getRequestBody() != null) {
        add(roots, null, op.getRequestBody().getContent());
      }
      if (op.getResponses() != null) {
        op.getResponses().values().forEach(r -> add(roots, null, r.getContent()));
      }
    }
    if (openApi.getPaths() != null) {
      openApi.getPaths().values().forEach(item -> {
        if (item.getParameters() != null) {
          item.getParameters().forEach(p -> add(roots, p.getSchema(), p.getContent()));
        }
      });
    }
    int[] supplied = {0};
    SchemaWalk.breadthFirst(roots, s -> {
      String pattern = s.getPattern();
      if (pattern != null && !pattern.isBlank() && s.getExample() == null && s.getDefault() == null
          && (s.getEnum() == null || s.getEnum().isEmpty())
          // RgxGen builds whatever the pattern repeats ({1000000000}) before the length is checked
          && dev.charter.core.sample.PatternSize.atMost(pattern, 100, 4096)) {
        try {
          String value = com.github.curiousoddman.rgxgen.RgxGen.parse(pattern).generate(new java.util.Random(18));
          if (value.length() <= 200) {
            s.setExample(value);
            supplied[0]++;
          }
        } catch (RuntimeException | StackOverflowError e) {
          // the generator will meet the same pattern; nothing better to offer here
        }
      }
    });
    return supplied[0];
  }

  private static void add(List<io.swagger.v3.oas.models.media.Schema<?>> roots,
      io.swagger.v3.oas.models.media.Schema<?> schema, io.swagger.v3.oas.models.media.Content content) {
    if (schema != null) {
      roots.add(schema);
    }
    if (content != null) {
      content.values().forEach(m -> {
        if (m.getSchema() != null) {
          roots.add(m.getSchema());
        }
      });
    }
  }

  /** Text that can sit inside a string literal and a block comment as it is. */
  static String literalSafe(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        sb.append('\'');
      } else if (c == '\\') {
        sb.append('/');
      } else if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
        sb.append(' ');
      } else if (c == '/' && i > 0 && text.charAt(i - 1) == '*') {
        sb.append("_/");
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static int dropExamplesWithBackslashes(OpenAPI openApi, List<Operation> operations) {
    Map<String, Example> components = openApi.getComponents() == null || openApi.getComponents().getExamples() == null
        ? Map.of() : openApi.getComponents().getExamples();
    int dropped = 0;
    for (Operation op : operations) {
      if (op.getResponses() == null) {
        continue;
      }
      for (ApiResponse response : op.getResponses().values()) {
        ApiResponse r = referenced(openApi, response);
        if (r == null || r.getContent() == null) {
          continue;
        }
        for (MediaType media : r.getContent().values()) {
          if (media.getExamples() == null) {
            continue;
          }
          Iterator<Map.Entry<String, Example>> it = media.getExamples().entrySet().iterator();
          while (it.hasNext()) {
            Example e = it.next().getValue();
            Example actual = e != null && e.get$ref() != null ? components.get(simpleName(e.get$ref())) : e;
            if (actual != null && serializesWithBackslash(actual.getValue())) {
              it.remove();
              dropped++;
            }
          }
        }
      }
    }
    return dropped;
  }

  private static ApiResponse referenced(OpenAPI openApi, ApiResponse response) {
    if (response == null || response.get$ref() == null) {
      return response;
    }
    if (openApi.getComponents() == null || openApi.getComponents().getResponses() == null) {
      return null;
    }
    return openApi.getComponents().getResponses().get(simpleName(response.get$ref()));
  }

  private static String simpleName(String ref) {
    return ref.substring(ref.lastIndexOf('/') + 1);
  }

  private static boolean serializesWithBackslash(Object value) {
    try {
      return JSON.writeValueAsString(value).indexOf('\\') >= 0;
    } catch (JsonProcessingException e) {
      return true;
    }
  }

  static List<Operation> operations(OpenAPI openApi) {
    List<Operation> out = new ArrayList<>();
    if (openApi.getPaths() != null) {
      openApi.getPaths().values().forEach(p -> collect(p, out, 0));
    }
    if (openApi.getWebhooks() != null) {
      openApi.getWebhooks().values().forEach(p -> collect(p, out, 0));
    }
    if (openApi.getComponents() != null && openApi.getComponents().getPathItems() != null) {
      openApi.getComponents().getPathItems().values().forEach(p -> collect(p, out, 0));
    }
    return out;
  }

  private static void collect(PathItem item, List<Operation> out, int depth) {
    if (item == null || depth > 8) {
      return;
    }
    for (Operation op : item.readOperations()) {
      out.add(op);
      if (op.getCallbacks() != null) {
        for (Callback cb : op.getCallbacks().values()) {
          if (cb != null) {
            cb.values().forEach(p -> collect(p, out, depth + 1));
          }
        }
      }
    }
  }
}
