package dev.charter.compat.schema;

import dev.charter.compat.Bump;
import dev.charter.compat.ChangeKind;
import dev.charter.compat.Effect;
import java.util.List;

/**
 * A kind of change found inside a schema. The same kind is reported under three ids, by where the
 * schema is: {@code request-<base>} (what the API receives: request parameters and bodies, callback
 * responses), {@code response-<base>} (what it sends: responses, callback and webhook requests) and
 * {@code message-<base>} (AsyncAPI payloads, headers and channel parameters, judged like a request
 * when the application receives the message and like a response when it sends it).
 *
 * @param base the id without its prefix ({@code enum-value-removed})
 * @param inputBump the default bump when the schema describes input
 * @param outputBump the default bump when the schema describes output
 * @param inputRule how the input bump is decided, when it depends on more than the direction
 * @param outputRule the same for output
 */
public record SchemaKind(String base, String summary, Bump inputBump, Bump outputBump, String inputRule,
    String outputRule, String check) {

  /** A kind whose bump follows from how it moves the set of admitted values. */
  public static SchemaKind of(String base, Effect effect, String summary, Class<?> check) {
    Bump in = switch (effect) {
      case NARROWED, CHANGED -> Bump.MAJOR;
      case WIDENED -> Bump.MINOR;
      case NEUTRAL -> Bump.NONE;
    };
    Bump out = switch (effect) {
      case WIDENED, CHANGED -> Bump.MAJOR;
      case NARROWED -> Bump.MINOR;
      case NEUTRAL -> Bump.NONE;
    };
    return new SchemaKind(base, summary, in, out, in.label(), out.label(), check.getSimpleName());
  }

  /** A kind whose bump is decided case by case; the rules say how. */
  public static SchemaKind of(String base, Bump inputBump, String inputRule, Bump outputBump, String outputRule,
      String summary, Class<?> check) {
    return new SchemaKind(base, summary, inputBump, outputBump, inputRule, outputRule, check.getSimpleName());
  }

  public String id(String prefix) {
    return prefix + "-" + base;
  }

  /**
   * The two ids of this kind inside a callback or webhook ({@code role}): {@code
   * <role>-request-<base>} for the request the API sends (judged like output) and {@code
   * <role>-response-<base>} for the response it receives (judged like input).
   */
  public List<ChangeKind> reversed(String role) {
    return List.of(
        new ChangeKind(role + "-" + id("request"), outputBump, outputRule,
            "In a " + role + " request, which the API sends: " + summary, check),
        new ChangeKind(role + "-" + id("response"), inputBump, inputRule,
            "In a " + role + " response, which the API receives: " + summary, check));
  }

  /** The three ids of this kind, for the catalogue. */
  public List<ChangeKind> expand() {
    String message = inputRule.equals(outputRule) ? inputRule : "received: " + inputRule + "; sent: " + outputRule;
    return List.of(
        new ChangeKind(id("request"), inputBump, inputRule, "In a request: " + summary, check),
        new ChangeKind(id("response"), outputBump, outputRule, "In a response: " + summary, check),
        new ChangeKind(id("message"), Bump.max(inputBump, outputBump), message, "In a message: " + summary, check));
  }
}
