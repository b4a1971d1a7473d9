package dev.charter.core.parse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.JacksonYAMLParseException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Reads JSON or YAML bytes in one streaming pass into a Jackson tree and, alongside it, a {@link
 * SourceMap}. Duplicate keys are recorded, not fatal. YAML anchors, aliases and merge keys are
 * expanded here (Jackson's streaming parser does not) under a budget, so an alias bomb is refused
 * after a few thousand steps instead of being expanded. Every limit of {@link ParseLimits} is
 * enforced while reading; nothing is read twice.
 */
public final class TreeReader {

  private static final String MERGE_KEY = "<<";

  /**
   * Longest YAML line read. SnakeYAML copies its window on every 1,024 characters of a line it
   * scans, so a line costs the square of its length: 3 MB took 1.3 s and 10 MB 12 s and 2 GB.
   * Real specs' lines stay under 5 kB; minified JSON goes to the JSON parser, which is linear.
   */
  static final int MAX_YAML_LINE = 256 * 1024;

  private final ParseLimits limits;
  private final JsonFactory jsonFactory;
  private final YAMLFactory yamlFactory;

  public TreeReader(ParseLimits limits) {
    this.limits = limits;
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            // Our own depth check runs first and says more; this is the backstop.
            .maxNestingDepth(limits.maxDepth() + 8)
            .maxStringLength((int) Math.min(Integer.MAX_VALUE, limits.maxBytes()))
            .maxDocumentLength(limits.maxBytes())
            .build();
    this.jsonFactory = JsonFactory.builder().streamReadConstraints(constraints).build();
    LoaderOptions loader = new LoaderOptions();
    // SnakeYAML's own 3 MB ceiling would refuse real specs (Stripe's is 3 MB and growing).
    loader.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxBytes()));
    loader.setNestingDepthLimit(limits.maxDepth() + 8);
    loader.setAllowDuplicateKeys(true);
    this.yamlFactory =
        YAMLFactory.builder()
            .loaderOptions(loader)
            .streamReadConstraints(constraints)
            // YAML 1.2 booleans: only true/false. "on", "yes", "n" stay strings, as spec authors mean them.
            .enable(com.fasterxml.jackson.dataformat.yaml.YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
            .build();
  }

  public TreeReader() {
    this(ParseLimits.DEFAULT);
  }

  public ParseLimits limits() {
    return limits;
  }

  /**
   * Guesses the syntax from the file name and the first significant byte: {@code .json} or a
   * document that starts with {@code {} or {@code [} is JSON, anything else YAML.
   */
  public static Syntax sniff(String name, byte[] bytes) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
      return firstSignificant(bytes) == '{' || firstSignificant(bytes) == '[' ? Syntax.JSON : Syntax.YAML;
    }
    if (lower.endsWith(".json")) {
      return Syntax.JSON;
    }
    int c = firstSignificant(bytes);
    return c == '{' || c == '[' ? Syntax.JSON : Syntax.YAML;
  }

  private static int firstSignificant(byte[] bytes) {
    int i = hasUtf8Bom(bytes) ? 3 : 0;
    for (; i < bytes.length && i < 4096; i++) {
      int b = bytes[i] & 0xff;
      if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
        return b;
      }
    }
    return -1;
  }

  private static boolean hasUtf8Bom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
  }

  /**
   * Reads a document whose syntax is guessed by {@link #sniff}. A document that looks like JSON but
   * is not (YAML flow style, say) is read again as YAML unless its name ends in {@code .json}.
   */
  public ParsedTree read(String name, byte[] bytes) throws ParseFailure {
    Syntax syntax = sniff(name, bytes);
    if (syntax == Syntax.JSON && !name.toLowerCase(Locale.ROOT).endsWith(".json")) {
      try {
        return read(bytes, Syntax.JSON);
      } catch (ParseFailure jsonFailure) {
        if (isLimitFailure(jsonFailure)) {
          throw jsonFailure;
        }
        try {
          return read(bytes, Syntax.YAML);
        } catch (ParseFailure yamlFailure) {
          throw jsonFailure;
        }
      }
    }
    return read(bytes, syntax);
  }

  private static boolean isLimitFailure(ParseFailure f) {
    return f.getMessage() != null && f.getMessage().contains("limit");
  }

  public ParsedTree read(byte[] bytes, Syntax syntax) throws ParseFailure {
    if (bytes.length > limits.maxBytes()) {
      throw new ParseFailure(
          "document is " + bytes.length + " bytes, over the limit of " + limits.maxBytes()
              + " bytes (raise it with --max-size)", TextPosition.UNKNOWN);
    }
    if (syntax == Syntax.YAML) {
      refuseLongLine(bytes);
    }
    try (JsonParser parser = open(bytes, syntax)) {
      return new Builder(parser, syntax).build();
    } catch (ParseFailure f) {
      throw f;
    } catch (StreamConstraintsException e) {
      throw new ParseFailure(constraintMessage(e), position(e.getLocation()), e);
    } catch (JacksonYAMLParseException e) {
      if (hasCause(e, ReaderException.class)) {
        throw forbiddenCharacter(cause(e, ReaderException.class), bytes, e);
      }
      if (hasCause(e, CharacterCodingException.class)) {
        throw new ParseFailure("document is not valid UTF-8 text", firstInvalidUtf8(bytes), e);
      }
      throw yamlFailure(e);
    } catch (JsonProcessingException e) {
      String what = syntax == Syntax.JSON ? "malformed JSON: " : "malformed YAML: ";
      throw new ParseFailure(what + clean(e.getOriginalMessage()), position(e.getLocation()), e);
    } catch (CharConversionException | CharacterCodingException e) {
      throw new ParseFailure("document is not valid UTF-8 text", firstInvalidUtf8(bytes), e);
    } catch (IOException e) {
      throw new ParseFailure("cannot read document: " + e.getMessage(), TextPosition.UNKNOWN, e);
    } catch (RuntimeException e) {
      if (hasCause(e, ReaderException.class)) {
        throw forbiddenCharacter(cause(e, ReaderException.class), bytes, e);
      }
      if (hasCause(e, CharacterCodingException.class)) {
        throw new ParseFailure("document is not valid UTF-8 text", firstInvalidUtf8(bytes), e);
      }
      // SnakeYAML reports some problems (bad indentation in odd places, unknown tags) unchecked.
      Throwable cause = e;
      while (cause != null && !(cause instanceof MarkedYAMLException)) {
        cause = cause.getCause();
      }
      if (cause != null) {
        throw markedFailure((MarkedYAMLException) cause, e);
      }
      throw new ParseFailure("cannot parse document: " + e, TextPosition.UNKNOWN, e);
    }
  }

  private static void refuseLongLine(byte[] bytes) throws ParseFailure {
    int line = 1;
    int start = 0;
    for (int i = 0; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '\n') {
        if (i - start > MAX_YAML_LINE) {
          throw new ParseFailure(String.format(Locale.ROOT,
              "line %d is %,d bytes long, over the limit of %,d for a YAML line; break it, or write the document as JSON",
              line, i - start, MAX_YAML_LINE), new TextPosition(line, MAX_YAML_LINE + 1));
        }
        line++;
        start = i + 1;
      }
    }
  }

  private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
    return cause(e, type) != null;
  }

  private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (type.isInstance(c)) {
        return type.cast(c);
      }
    }
    return null;
  }

  /**
   * SnakeYAML refuses a character YAML does not allow (NUL, most C0 controls) before Jackson knows
   * any position, so the error would say 1:1; its code point index says where the character is.
   */
  private static ParseFailure forbiddenCharacter(ReaderException r, byte[] bytes, Exception e) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    int start = text.startsWith("\uFEFF") ? 1 : 0;
    int line = 1;
    int column = 1;
    int index = 0;
    for (int i = start; i < text.length() && index < r.getPosition(); index++) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '\n' || (cp == '\r' && (i >= text.length() || text.charAt(i) != '\n'))) {
        line++;
        column = 1;
      } else if (cp != '\r') {
        column++;
      }
    }
    return new ParseFailure(String.format("malformed YAML: character U+%04X is not allowed in YAML text", r.getCodePoint()),
        new TextPosition(line, column), e);
  }

  /** The line and column of the first byte that is not part of a well-formed UTF-8 sequence. */
  static TextPosition firstInvalidUtf8(byte[] bytes) {
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(8192);
    int line = 1;
    int column = 1;
    while (true) {
      var result = decoder.decode(in, out, true);
      out.flip();
      while (out.hasRemaining()) {
        if (out.get() == '\n') {
          line++;
          column = 1;
        } else {
          column++;
        }
      }
      out.clear();
      if (result.isError()) {
        return new TextPosition(line, column);
      }
      if (result.isUnderflow()) {
        return TextPosition.UNKNOWN;
      }
    }
  }

  private JsonParser open(byte[] bytes, Syntax syntax) throws IOException {
    if (syntax == Syntax.JSON) {
      return jsonFactory.createParser(bytes);
    }
    return yamlFactory.createParser(reader(bytes));
  }

  private static Reader reader(byte[] bytes) {
    Charset charset = StandardCharsets.UTF_8;
    int offset = 0;
    if (hasUtf8Bom(bytes)) {
      offset = 3;
    } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
      charset = StandardCharsets.UTF_16BE;
      offset = 2;
    } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
      charset = StandardCharsets.UTF_16LE;
      offset = 2;
    }
    return new InputStreamReader(
        new ByteArrayInputStream(bytes, offset, bytes.length - offset),
        charset.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT));
  }

  private static String constraintMessage(StreamConstraintsException e) {
    String m = clean(e.getOriginalMessage());
    // Jackson's own wording names its API (`StreamReadConstraints.getMaxNameLength()`): say it plainly.
    java.util.regex.Matcher limit = java.util.regex.Pattern
        .compile("^(Name|String value|Number value) length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)").matcher(m);
    if (limit.find()) {
      String what = switch (limit.group(1)) {
        case "Name" -> "a key";
        case "String value" -> "a string";
        default -> "a number";
      };
      return String.format(Locale.ROOT, "%s is longer than the limit of %,d characters", what,
          Long.parseLong(limit.group(3)));
    }
    if (m.contains("Depth")) {
      return "document nests deeper than the limit (" + m + ")";
    }
    return "document is over a size limit (" + m + ")";
  }

  private static ParseFailure yamlFailure(JacksonYAMLParseException e) {
    Throwable cause = e.getCause();
    if (cause instanceof MarkedYAMLException marked) {
      return markedFailure(marked, e);
    }
    return new ParseFailure("malformed YAML: " + clean(e.getOriginalMessage()), position(e.getLocation()), e);
  }

  private static ParseFailure markedFailure(MarkedYAMLException marked, Throwable e) {
    String problem = marked.getProblem() == null ? "syntax error" : marked.getProblem();
    if (problem.contains("code points")) {
      return new ParseFailure("document is over the size limit (raise it with --max-size)", TextPosition.UNKNOWN, e);
    }
    StringBuilder msg = new StringBuilder("malformed YAML: ").append(clean(problem));
    if (marked.getContext() != null && marked.getContextMark() != null) {
      msg.append(" (")
          .append(clean(marked.getContext()))
          .append(" that starts at line ")
          .append(marked.getContextMark().getLine() + 1)
          .append(')');
    }
    TextPosition pos =
        marked.getProblemMark() == null
            ? TextPosition.UNKNOWN
            : new TextPosition(marked.getProblemMark().getLine() + 1, marked.getProblemMark().getColumn() + 1);
    return new ParseFailure(msg.toString(), pos, e);
  }

  /** One line: parser messages carry source excerpts and line breaks that do not belong in ours. */
  private static String clean(String message) {
    if (message == null) {
      return "syntax error";
    }
    String m = message;
    int nl = m.indexOf('\n');
    if (nl >= 0) {
      m = m.substring(0, nl);
    }
    // Jackson names a position as "[Source: REDACTED (`StreamReadFeature…` disabled); line: 2, column: 10]".
    m = m.replaceAll("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]", "line $1, column $2");
    return m.replaceAll("\\s+", " ").trim();
  }

  private static TextPosition position(JsonLocation loc) {
    if (loc == null || loc.getLineNr() <= 0) {
      return TextPosition.UNKNOWN;
    }
    return new TextPosition(loc.getLineNr(), Math.max(1, loc.getColumnNr()));
  }

  private static long packed(JsonLocation loc) {
    if (loc == null || loc.getLineNr() <= 0) {
      return 0;
    }
    return TextPosition.pack(loc.getLineNr(), Math.max(1, loc.getColumnNr()));
  }

  /** The state of one read. */
  private final class Builder {
    private final JsonParser p;
    private final YAMLParser yaml;
    private final Syntax syntax;
    private final JsonNodeFactory nodes = JsonNodeFactory.instance;
    private final IdentityHashMap<JsonNode, SourceMap.Entries> entries = new IdentityHashMap<>();
    private final List<DuplicateKey> duplicates = new ArrayList<>();
    private final ArrayDeque<String> path = new ArrayDeque<>();
    private final Map<String, Anchored> anchors = new HashMap<>();
    private long nodeCount;
    private long aliasExpansion;
    // Set by each readValue for its caller: where the value just read started and ended.
    private long lastStart;
    private long lastEnd;

    private record Anchored(JsonNode node, long size) {}

    Builder(JsonParser p, Syntax syntax) {
      this.p = p;
      this.yaml = p instanceof YAMLParser y ? y : null;
      this.syntax = syntax;
    }

    ParsedTree build() throws IOException, ParseFailure {
      JsonToken first = p.nextToken();
      if (first == null) {
        throw new ParseFailure("document is empty", new TextPosition(1, 1));
      }
      JsonNode root;
      try {
        root = readValue(first, 0);
      } catch (StreamConstraintsException e) {
        // Some limits (a key's length) are reported without a location; the parser knows where it is.
        TextPosition at = e.getLocation() != null ? position(e.getLocation()) : position(p.currentLocation());
        throw new ParseFailure(constraintMessage(e), at, e);
      }
      long rootStart = lastStart;
      long rootEnd = lastEnd;
      JsonToken extra = p.nextToken();
      if (extra != null) {
        throw new ParseFailure(
            syntax == Syntax.YAML
                ? "document holds more than one YAML document; charter reads one spec per file"
                : "unexpected content after the end of the JSON document",
            position(p.currentTokenLocation()));
      }
      return new ParsedTree(root, new SourceMap(root, entries, rootStart, rootEnd), syntax, duplicates);
    }

    private String pointer() {
      StringBuilder sb = new StringBuilder();
      var it = path.descendingIterator();
      while (it.hasNext()) {
        sb.append('/').append(JsonPointers.escape(it.next()));
      }
      return sb.toString();
    }

    private void count(long n) throws ParseFailure {
      nodeCount += n;
      if (nodeCount > limits.maxNodes()) {
        throw new ParseFailure(
            "document has more than " + limits.maxNodes() + " values, over the limit",
            position(p.currentTokenLocation()));
      }
    }

    private JsonNode readValue(JsonToken t, int depth) throws IOException, ParseFailure {
      long start = packed(p.currentTokenLocation());
      String anchor = yaml != null ? yaml.getObjectId() : null;
      long before = nodeCount;
      JsonNode value;
      switch (t) {
        case START_OBJECT:
          checkDepth(depth);
          value = readObject(depth + 1);
          break;
        case START_ARRAY:
          checkDepth(depth);
          value = readArray(depth + 1);
          break;
        case VALUE_STRING:
          if (yaml != null && yaml.isCurrentAlias()) {
            value = alias(p.getText());
            lastStart = start;
            lastEnd = packed(p.currentLocation());
            return value;
          }
          value = nodes.textNode(p.getText());
          count(1);
          break;
        case VALUE_NUMBER_INT:
          value = switch (p.getNumberType()) {
            case INT -> nodes.numberNode(p.getIntValue());
            case LONG -> nodes.numberNode(p.getLongValue());
            default -> nodes.numberNode(p.getBigIntegerValue());
          };
          count(1);
          break;
        case VALUE_NUMBER_FLOAT:
          if (p.getNumberType() == JsonParser.NumberType.BIG_DECIMAL) {
            value = nodes.numberNode(p.getDecimalValue());
          } else {
            double d = p.getDoubleValue();
            // 1e400 would be read as infinity and 1e-400 as 0: a bound, a multipleOf or an enum value
            // that silently means something else. Refused, like YAML's .inf and .nan.
            if (Double.isInfinite(d) || (d == 0 && p.getDecimalValue().signum() != 0)) {
              throw new ParseFailure("number " + p.getText() + " is out of range: JSON numbers are read as doubles, "
                  + "which hold magnitudes from 4.9e-324 to 1.8e308", position(p.currentTokenLocation()));
            }
            value = nodes.numberNode(d);
          }
          count(1);
          break;
        case VALUE_TRUE:
          value = nodes.booleanNode(true);
          count(1);
          break;
        case VALUE_FALSE:
          value = nodes.booleanNode(false);
          count(1);
          break;
        case VALUE_NULL:
          value = nodes.nullNode();
          count(1);
          break;
        case VALUE_EMBEDDED_OBJECT:
          // YAML !!binary and the like: keep the text form.
          value = nodes.textNode(p.getText());
          count(1);
          break;
        default:
          throw new ParseFailure("unexpected " + t + " in document", position(p.currentTokenLocation()));
      }
      if (anchor != null) {
        anchors.put(anchor, new Anchored(value, nodeCount - before));
      }
      lastStart = start;
      lastEnd = packed(p.currentLocation());
      return value;
    }

    private void checkDepth(int depth) throws ParseFailure {
      if (depth >= limits.maxDepth()) {
        throw new ParseFailure(
            "document nests deeper than " + limits.maxDepth() + " levels, over the limit",
            position(p.currentTokenLocation()));
      }
    }

    private JsonNode alias(String name) throws ParseFailure {
      Anchored target = anchors.get(name);
      if (target == null) {
        throw new ParseFailure("YAML alias *" + name + " names no anchor defined before it",
            position(p.currentTokenLocation()));
      }
      aliasExpansion += target.size();
      if (aliasExpansion > limits.maxAliasExpansion()) {
        throw new ParseFailure(
            "YAML aliases expand to more than " + limits.maxAliasExpansion()
                + " values, over the limit (an alias bomb?)",
            position(p.currentTokenLocation()));
      }
      count(target.size());
      // Shared, not copied: trees are never modified after loading, and the budget above bounds
      // what any walk over the shared nodes can cost.
      return target.node();
    }

    private ObjectNode readObject(int depth) throws IOException, ParseFailure {
      ObjectNode object = nodes.objectNode();
      count(1);
      SourceMap.Entries e = new SourceMap.Entries(true, 4);
      entries.put(object, e);
      List<JsonNode> merges = null;
      JsonToken t;
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        long keyStart = packed(p.currentTokenLocation());
        path.push(key);
        JsonNode value = readValue(p.nextToken(), depth);
        path.pop();
        if (yaml != null && MERGE_KEY.equals(key) && isMergeable(value)) {
          if (merges == null) {
            merges = new ArrayList<>();
          }
          merges.add(value);
          continue;
        }
        JsonNode previous = object.replace(key, value);
        if (previous != null) {
          NodeSpan first = e.member(key);
          duplicates.add(new DuplicateKey(
              JsonPointers.append(pointer(), key), key,
              first == null ? TextPosition.UNKNOWN : first.key(), TextPosition.unpack(keyStart)));
        }
        e.addMember(key, keyStart, lastStart, lastEnd);
      }
      if (t != JsonToken.END_OBJECT) {
        throw new ParseFailure("unexpected " + t + " in an object", position(p.currentTokenLocation()));
      }
      if (merges != null) {
        applyMerges(object, e, merges);
      }
      return object;
    }

    private boolean isMergeable(JsonNode value) {
      if (value.isObject()) {
        return true;
      }
      if (!value.isArray() || value.isEmpty()) {
        return false;
      }
      for (JsonNode item : value) {
        if (!item.isObject()) {
          return false;
        }
      }
      return true;
    }

    /** YAML merge keys: explicit members win, then earlier merged mappings over later ones. */
    private void applyMerges(ObjectNode object, SourceMap.Entries e, List<JsonNode> merges) {
      for (JsonNode merge : merges) {
        List<JsonNode> sources = new ArrayList<>();
        if (merge.isArray()) {
          merge.forEach(sources::add);
        } else {
          sources.add(merge);
        }
        for (JsonNode source : sources) {
          SourceMap.Entries se = entries.get(source);
          var fields = source.fields();
          while (fields.hasNext()) {
            var field = fields.next();
            if (!object.has(field.getKey())) {
              object.set(field.getKey(), field.getValue());
              NodeSpan s = se == null ? null : se.member(field.getKey());
              if (s != null) {
                e.addMember(field.getKey(),
                    TextPosition.pack(s.key().line(), s.key().column()),
                    TextPosition.pack(s.start().line(), s.start().column()),
                    TextPosition.pack(s.end().line(), s.end().column()));
              }
            }
          }
        }
      }
    }

    private ArrayNode readArray(int depth) throws IOException, ParseFailure {
      ArrayNode array = nodes.arrayNode();
      count(1);
      SourceMap.Entries e = new SourceMap.Entries(false, 4);
      entries.put(array, e);
      JsonToken t;
      int index = 0;
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        if (t == null) {
          throw new ParseFailure("unexpected end of document inside an array", position(p.currentLocation()));
        }
        path.push(Integer.toString(index++));
        JsonNode value = readValue(t, depth);
        path.pop();
        array.add(value);
        e.addElement(lastStart, lastEnd);
      }
      return array;
    }
  }
}
