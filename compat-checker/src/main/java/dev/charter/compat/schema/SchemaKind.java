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

  /** The three ids of this kind, for the catalogue. */
  public List<ChangeKind> expand() {
    String in = inputRule.equals(inputBump.label()) ? inputBump.label() : inputRule;
    String out = outputRule.equals(outputBump.label()) ? outputBump.label() : outputRule;
    String message = inputRule.equals(outputRule) ? in
        : "received: " + in + "; sent: " + out;
    return List.of(
        new ChangeKind(id("request"), inputBump, in, "In a request: " + summary, check),
        new ChangeKind(id("response"), outputBump, out, "In a response: " + summary, check),
        new ChangeKind(id("message"), Bump.max(inputBump, outputBump), message, "In a message: " + summary, check));
  }
}
