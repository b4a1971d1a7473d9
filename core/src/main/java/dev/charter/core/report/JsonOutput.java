package dev.charter.core.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * How every JSON format is written: two-space indentation, {@code "key": value}, {@code \n} line
 * ends on every platform, empty containers as {@code []} and {@code {}}, fields in insertion order,
 * one trailing newline, and the caller's writer left open.
 */
final class JsonOutput {

  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static final ObjectWriter WRITER;

  static {
    JsonFactory factory = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
    WRITER = new ObjectMapper(factory).writer(printer);
  }

  private JsonOutput() {}

  static ObjectNode object() {
    return NODES.objectNode();
  }

  /** Writes {@code root}; an unpaired surrogate in a string is escaped, so the text is valid UTF-8. */
  static void write(JsonNode root, Writer out) throws IOException {
    out.write(escapeUnpairedSurrogates(WRITER.writeValueAsString(root)));
    out.write('\n');
    out.flush();
  }

  /**
   * JSON text with each unpaired surrogate written as the escape {@code \\uXXXX}: the same JSON
   * value, which UTF-8 can carry. A surrogate can only stand inside a string literal, where the
   * escape means the same character.
   */
  private static String escapeUnpairedSurrogates(String json) {
    StringBuilder sb = null;
    for (int i = 0; i < json.length(); i++) {
      boolean unpaired = Text.isUnpairedSurrogate(json, i);
      if (unpaired && sb == null) {
        sb = new StringBuilder(json.length() + 16).append(json, 0, i);
      }
      if (sb != null) {
        if (unpaired) {
          sb.append(String.format(Locale.ROOT, "\\u%04x", (int) json.charAt(i)));
        } else {
          sb.append(json.charAt(i));
        }
      }
    }
    return sb == null ? json : sb.toString();
  }
}
