package dev.charter.compat.http;

import dev.charter.compat.Bump;
import dev.charter.compat.ChangeKind;
import dev.charter.compat.schema.SchemaKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ids of changes inside callbacks and webhooks. There the API sends the request and receives
 * the response, the reverse of an operation, so each {@code request-…} and {@code response-…} id
 * is reported as {@code callback-request-…}, {@code callback-response-…}, {@code
 * webhook-request-…} or {@code webhook-response-…}: a value added to a webhook payload is {@code
 * webhook-request-enum-value-added} (major: subscribers receive it), not a request change that
 * looks minor and is reported major. Their bumps are those of the reversed direction, and {@code
 * diff.bumps} can set them apart from those of operations.
 */
public final class CallbackKinds {
  /** Where a request is sent by the API: in a callback of an operation, or as a webhook. */
  public static final List<String> ROLES = List.of("callback", "webhook");

  private CallbackKinds() {}

  /** The id of a change with id {@code id} inside a callback or webhook ({@code role}). */
  static String id(String role, String id) {
    return id.startsWith("request-") || id.startsWith("response-") ? role + "-" + id : id;
  }

  /** What an operation check's bump becomes where the API sends the request and receives the response. */
  private record Reversed(ChangeKind kind, Bump bump, String rule) {
    /** A bump that needs no explanation. */
    Reversed(ChangeKind kind, Bump bump) {
      this(kind, bump, bump.label());
    }
  }

  private static List<Reversed> operationKinds() {
    return List.of(
        new Reversed(ParameterRemovedCheck.REMOVED, Bump.MAJOR, "major: receivers read it"),
        new Reversed(ParameterAddedCheck.ADDED, Bump.MINOR),
        new Reversed(ParameterAddedCheck.REQUIRED_ADDED, Bump.MINOR, "minor: the API now always sends it"),
        new Reversed(ParameterRequirednessCheck.BECAME_REQUIRED, Bump.MINOR, "minor: the API now always sends it"),
        new Reversed(ParameterRequirednessCheck.BECAME_OPTIONAL, Bump.MAJOR, "major: the API may leave it out"),
        new Reversed(ParameterSerializationCheck.CHANGED, Bump.MAJOR,
            "major when the API may write values in a way receivers did not read; minor when it only writes fewer forms"),
        new Reversed(ParameterDeprecatedCheck.DEPRECATED, Bump.MINOR),
        new Reversed(RequestBodyCheck.ADDED, Bump.MINOR),
        new Reversed(RequestBodyCheck.REQUIRED_ADDED, Bump.MINOR, "minor: the API now always sends it"),
        new Reversed(RequestBodyCheck.REMOVED, Bump.MAJOR),
        new Reversed(RequestBodyCheck.BECAME_REQUIRED, Bump.MINOR, "minor: the API now always sends it"),
        new Reversed(RequestBodyCheck.BECAME_OPTIONAL, Bump.MAJOR, "major: the API may send no body"),
        new Reversed(MediaTypesCheck.REQUEST_REMOVED, Bump.MAJOR),
        new Reversed(MediaTypesCheck.REQUEST_ADDED, Bump.MINOR),
        new Reversed(MediaTypesCheck.RESPONSE_REMOVED, Bump.MAJOR),
        new Reversed(MediaTypesCheck.RESPONSE_ADDED, Bump.MINOR),
        new Reversed(MediaTypesCheck.RESPONSE_BODY_REMOVED, Bump.MAJOR),
        new Reversed(MediaTypesCheck.RESPONSE_BODY_ADDED, Bump.MINOR),
        new Reversed(ResponseStatusCheck.REMOVED, Bump.MAJOR,
            "major: receivers answering with it are no longer understood; minor when a range or default response covers it"),
        new Reversed(ResponseStatusCheck.SUCCESS_ADDED, Bump.MINOR, "minor: the API accepts one more answer"),
        new Reversed(ResponseStatusCheck.ERROR_ADDED, Bump.MINOR),
        new Reversed(ResponseHeaderCheck.REMOVED, Bump.MINOR, "minor: the API no longer reads it"),
        new Reversed(ResponseHeaderCheck.ADDED, Bump.MINOR, "minor; major when required: answers without it are rejected"),
        new Reversed(ResponseHeaderCheck.BECAME_OPTIONAL, Bump.MINOR),
        new Reversed(ResponseHeaderCheck.BECAME_REQUIRED, Bump.MAJOR, "major: answers without it are rejected"));
  }

  /**
   * Every callback and webhook id, in the order of the operation checks, then of the schema
   * kinds, by role; each described as where it is and what it means.
   */
  public static List<ChangeKind> kinds(List<SchemaKind> schemaKinds) {
    Map<String, ChangeKind> out = new LinkedHashMap<>();
    for (String role : ROLES) {
      for (Reversed r : operationKinds()) {
        ChangeKind k = r.kind();
        out.put(id(role, k.id()), new ChangeKind(id(role, k.id()), r.bump(), r.rule(), where(role, k.id()) + k.summary(),
            k.check()));
      }
      for (SchemaKind k : schemaKinds) {
        for (ChangeKind c : k.reversed(role)) {
          out.put(c.id(), c);
        }
      }
    }
    return new ArrayList<>(out.values());
  }

  private static String where(String role, String id) {
    boolean request = id.startsWith("request-");
    return "In a " + role + (request ? " request, which the API sends: " : " response, which the API receives: ");
  }
}
