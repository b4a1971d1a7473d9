package dev.charter.core.interop;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.charter.core.parse.JsonPointers;
import dev.charter.core.spec.Bundler;
import dev.charter.core.spec.SpecDocument;
import dev.charter.core.spec.SpecVersion;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a spec into asyncapi-core's object model (1.0.0-RC4: AsyncAPI 2.0, 2.6 and 3.0) and
 * reports what the library dropped on the way, by writing its model back and comparing with the
 * tree charter loaded. asyncapi-core was seen to drop bindings and schemas silently on official
 * examples, so charter never relies on it for what a spec contains: lint, diff and mock read
 * charter's own {@link dev.charter.core.model.AsyncApiModel}.
 */
public final class AsyncApiCoreModels {
  private AsyncApiCoreModels() {}

  /**
   * @param model the library's model, absent for versions it does not model (2.1–2.5 are read with
   *     the 2.6 model; 3.1 is not modelled)
   * @param dropped JSON pointers of values present in the document but missing or different after
   *     a round trip through the library
   * @param failure why the library could not read the document at all, if it could not
   */
  public record Result(Optional<Object> model, List<String> dropped, Optional<String> failure) {}

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
      .setSerializationInclusion(JsonInclude.Include.NON_NULL);

  public static Result read(SpecDocument document) {
    Class<?> type = modelClass(document.version());
    if (type == null) {
      return new Result(Optional.empty(), List.of(), Optional.empty());
    }
    JsonNode tree = Bundler.bundle(document).tree();
    Object model;
    try {
      model = MAPPER.treeToValue(tree, type);
    } catch (Exception e) {
      String message = String.valueOf(e.getMessage());
      int nl = message.indexOf('\n');
      return new Result(Optional.empty(), List.of(), Optional.of(nl < 0 ? message : message.substring(0, nl)));
    }
    JsonNode back = MAPPER.valueToTree(model);
    List<String> dropped = new ArrayList<>();
    compare(tree, back, "", dropped);
    return new Result(Optional.of(model), dropped, Optional.empty());
  }

  private static Class<?> modelClass(SpecVersion version) {
    return switch (version) {
      case ASYNCAPI_2_0 -> com.asyncapi.v2._0_0.model.AsyncAPI.class;
      case ASYNCAPI_2_1, ASYNCAPI_2_2, ASYNCAPI_2_3, ASYNCAPI_2_4, ASYNCAPI_2_5, ASYNCAPI_2_6 ->
          com.asyncapi.v2._6_0.model.AsyncAPI.class;
      case ASYNCAPI_3_0 -> com.asyncapi.v3._0_0.model.AsyncAPI.class;
      default -> null;
    };
  }

  /** Records every pointer where {@code original} has a value that {@code back} lost or changed. */
  private static void compare(JsonNode original, JsonNode back, String pointer, List<String> dropped) {
    if (back == null || back.isMissingNode()) {
      dropped.add(pointer);
      return;
    }
    if (original.isObject()) {
      if (!back.isObject()) {
        dropped.add(pointer);
        return;
      }
      Iterator<Map.Entry<String, JsonNode>> it = original.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        compare(e.getValue(), back.get(e.getKey()), JsonPointers.append(pointer, e.getKey()), dropped);
      }
    } else if (original.isArray()) {
      if (!back.isArray() || back.size() != original.size()) {
        dropped.add(pointer);
        return;
      }
      for (int i = 0; i < original.size(); i++) {
        compare(original.get(i), back.get(i), JsonPointers.append(pointer, i), dropped);
      }
    } else if (original.isNumber() && back.isNumber()) {
      if (original.decimalValue().compareTo(back.decimalValue()) != 0) {
        dropped.add(pointer);
      }
    } else if (!original.equals(back) && !original.asText().equals(back.asText())) {
      dropped.add(pointer);
    }
  }
}
