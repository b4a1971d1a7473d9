package dev.charter.core.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.SchemaContext;
import com.networknt.schema.format.Format;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Set;

/**
 * The formats instance validation asserts. JSON Schema's own (dates, email, URIs, UUIDs, IP
 * addresses, …) come from the validator library; the library's extras that are not standard and
 * reject real data ({@code phone}, {@code color}, {@code alpha}, …) are left out, and OpenAPI's
 * {@code int32}, {@code int64} and {@code byte} are added. Formats not listed are annotations
 * only, as JSON Schema says they may be.
 */
final class OpenApiFormats {
  /** The library formats kept: standard JSON Schema formats with unambiguous definitions. */
  static final Set<String> STANDARD = Set.of("date", "date-time", "time", "duration", "email", "idn-email", "hostname",
      "idn-hostname", "ipv4", "ipv6", "uri", "uri-reference", "iri", "iri-reference", "uri-template", "uuid",
      "json-pointer", "relative-json-pointer", "regex");

  private static final BigInteger INT32_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
  private static final BigInteger INT32_MAX = BigInteger.valueOf(Integer.MAX_VALUE);
  private static final BigInteger INT64_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger INT64_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  private OpenApiFormats() {}

  static List<Format> extra() {
    return List.of(new IntegerRange("int32", INT32_MIN, INT32_MAX), new IntegerRange("int64", INT64_MIN, INT64_MAX),
        new Base64());
  }

  /** A whole number within a range; applies to numbers only (a string is another keyword's concern). */
  private record IntegerRange(String name, BigInteger min, BigInteger max) implements Format {
    @Override
    public String getName() {
      return name;
    }

    @Override
    public boolean matches(ExecutionContext context, SchemaContext schemaContext, JsonNode value) {
      if (!value.isNumber()) {
        return true;
      }
      BigDecimal d = value.decimalValue();
      if (d.signum() != 0 && d.stripTrailingZeros().scale() > 0) {
        return false;
      }
      BigInteger i = d.toBigInteger();
      return i.compareTo(min) >= 0 && i.compareTo(max) <= 0;
    }
  }

  /** OpenAPI {@code byte}: base64 (RFC 4648, padded or not, standard or URL-safe alphabet). */
  private static final class Base64 implements Format {
    @Override
    public String getName() {
      return "byte";
    }

    @Override
    public boolean matches(ExecutionContext context, String value) {
      int n = value.length();
      int padding = 0;
      while (padding < 2 && n - padding > 0 && value.charAt(n - padding - 1) == '=') {
        padding++;
      }
      for (int i = 0; i < n - padding; i++) {
        char c = value.charAt(i);
        boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+'
            || c == '/' || c == '-' || c == '_';
        if (!ok) {
          return false;
        }
      }
      return padding == 0 || n % 4 == 0;
    }
  }
}
