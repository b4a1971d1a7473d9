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

  static void write(JsonNode root, Writer out) throws IOException {
    WRITER.writeValue(out, root);
    out.write('\n');
    out.flush();
  }
}
