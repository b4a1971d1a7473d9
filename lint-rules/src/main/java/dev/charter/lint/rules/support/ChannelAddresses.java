package dev.charter.lint.rules.support;

import dev.charter.core.spec.SpecNode;
import dev.charter.lint.RuleContext;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The address of each channel, as the AsyncAPI 2 and 3 channel rules read it, and what those
 * rules refuse in one. In AsyncAPI 2 the address is the channel's key; in 3 the channel's {@code
 * address} member.
 */
public final class ChannelAddresses {
  private ChannelAddresses() {}

  /** An empty {@code {}}: a parameter without a name. */
  public static final Predicate<String> EMPTY_PARAMETER = a -> a.contains("{}");

  /** A query ({@code ?}) or fragment ({@code #}) delimiter. */
  public static final Predicate<String> QUERY_OR_FRAGMENT = a -> a.indexOf('?') >= 0 || a.indexOf('#') >= 0;

  /**
   * Spectral's {@code notMatch: '.+\/$'}: a slash at the end after a character of the same line, so
   * {@code /} alone is no finding.
   */
  public static final Predicate<String> TRAILING_SLASH = a -> a.length() > 1 && a.endsWith("/")
      && !lineTerminator(a.charAt(a.length() - 2));

  private static final Query V3_ADDRESSES = Query.of("$.channels.*.address");

  /** AsyncAPI 2: reports each channel key {@code bad} accepts, at the key. */
  public static void keys(RuleContext context, Predicate<String> bad, String message) {
    context.root().get("channels").map(SpecNode::resolved).ifPresent(channels -> {
      for (Map.Entry<String, SpecNode> e : channels.fields()) {
        if (bad.test(e.getKey())) {
          context.report(e.getValue(), message);
        }
      }
    });
  }

  /** AsyncAPI 3: reports each channel {@code address} {@code bad} accepts, at the address. */
  public static void addresses(RuleContext context, Predicate<String> bad, String message) {
    StringValues.report(context, V3_ADDRESSES, bad, message);
  }

  /** What JavaScript's {@code .} does not match. */
  private static boolean lineTerminator(char c) {
    return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
  }
}
