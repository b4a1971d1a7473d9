package dev.charter.compat.http;

import dev.charter.compat.Bump;
import dev.charter.compat.ChangeKind;
import dev.charter.compat.Check;
import dev.charter.compat.Direction;
import dev.charter.compat.Judgement;
import dev.charter.core.model.MediaType;
import dev.charter.core.spec.SpecNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The media types of a request or response body, matched as HTTP matches them (case and
 * parameters ignored, a range such as {@code application/*} covering its members), and the schema
 * of each.
 */
final class MediaTypesCheck implements Check {
  static final ChangeKind REQUEST_REMOVED = ChangeKind.of("request-media-type-removed", Bump.MAJOR,
      "a request media type was removed: old clients sending it are rejected", MediaTypesCheck.class);
  static final ChangeKind REQUEST_ADDED = ChangeKind.of("request-media-type-added", Bump.MINOR,
      "a request media type was added", MediaTypesCheck.class);
  static final ChangeKind RESPONSE_REMOVED = ChangeKind.of("response-media-type-removed", Bump.MAJOR,
      "a response media type was removed: old clients asking for it no longer get it", MediaTypesCheck.class);
  static final ChangeKind RESPONSE_ADDED = ChangeKind.of("response-media-type-added", Bump.MINOR,
      "a response media type was added", MediaTypesCheck.class);
  static final ChangeKind RESPONSE_BODY_REMOVED = ChangeKind.of("response-body-removed", Bump.MAJOR,
      "a response no longer has a body", MediaTypesCheck.class);
  static final ChangeKind RESPONSE_BODY_ADDED = ChangeKind.of("response-body-added", Bump.MINOR,
      "a response that had no body now has one", MediaTypesCheck.class);

  @Override
  public List<ChangeKind> kinds() {
    return List.of(REQUEST_REMOVED, REQUEST_ADDED, RESPONSE_REMOVED, RESPONSE_ADDED, RESPONSE_BODY_REMOVED,
        RESPONSE_BODY_ADDED);
  }

  /**
   * @param prefix {@code request} or {@code response}
   * @param where how the body is named in messages ({@code request body}, {@code response 200})
   * @param direction which way the body travels
   */
  void check(HttpContext ctx, String subject, String prefix, String where, List<MediaType> old, List<MediaType> neu,
      SpecNode oldOwner, SpecNode newOwner, Direction direction) {
    boolean request = prefix.equals("request");
    if (old.isEmpty() && neu.isEmpty()) {
      return;
    }
    if (!request && neu.isEmpty()) {
      ctx.sink.add(RESPONSE_BODY_REMOVED.id(), Judgement.breaking(), subject, where + " no longer has a body", oldOwner, newOwner);
      return;
    }
    if (!request && old.isEmpty()) {
      ctx.sink.add(RESPONSE_BODY_ADDED.id(), Judgement.addition(), subject, where + " now has a body", oldOwner, newOwner);
      return;
    }
    List<MediaType> unmatchedNew = new ArrayList<>(neu);
    List<MediaType> unmatchedOld = new ArrayList<>();
    for (MediaType o : old) {
      Optional<MediaType> same = neu.stream()
          .filter(n -> MediaTypes.normalise(n.mediaType()).equals(MediaTypes.normalise(o.mediaType()))).findFirst();
      if (same.isPresent()) {
        removeSame(unmatchedNew, same.get());
        content(ctx, subject, prefix, where, o, same.get(), direction);
      } else {
        unmatchedOld.add(o);
      }
    }
    for (MediaType o : unmatchedOld) {
      // What the old side sent may still be covered by a range on the receiving side.
      Optional<MediaType> range = direction == Direction.INPUT
          ? neu.stream().filter(n -> MediaTypes.covers(n.mediaType(), o.mediaType())).findFirst()
          : Optional.empty();
      if (range.isPresent()) {
        content(ctx, subject, prefix, where, o, range.get(), direction);
        continue;
      }
      ctx.sink.add((request ? REQUEST_REMOVED : RESPONSE_REMOVED).id(), Judgement.breaking(), subject,
          where + " media type '" + o.mediaType() + "' removed", o.node(), newOwner);
    }
    for (MediaType n : unmatchedNew) {
      Optional<MediaType> range = direction == Direction.OUTPUT
          ? old.stream().filter(o -> MediaTypes.covers(o.mediaType(), n.mediaType())).findFirst()
          : Optional.empty();
      if (range.isPresent()) {
        content(ctx, subject, prefix, where, range.get(), n, direction);
        continue;
      }
      ctx.sink.add((request ? REQUEST_ADDED : RESPONSE_ADDED).id(), Judgement.addition(), subject,
          where + " media type '" + n.mediaType() + "' added", oldOwner, n.node());
    }
  }

  private static void content(HttpContext ctx, String subject, String prefix, String where, MediaType o, MediaType n,
      Direction direction) {
    String at = where + " (" + n.mediaType() + ")";
    ctx.schema(subject, prefix, at, o.schema(), n.schema(), direction, o.node(), n.node());
    if (!examples(o.examples()).equals(examples(n.examples()))) {
      ctx.documentation(subject, "examples changed at " + at, o.node(), n.node());
    }
  }

  /** Examples as comparable text: name and value (or external value). */
  static List<String> examples(List<dev.charter.core.model.Example> examples) {
    List<String> out = new ArrayList<>();
    examples.forEach(e -> out.add(e.name().orElse("") + "=" + e.value().map(dev.charter.compat.schema.Shapes::canonical)
        .orElse(e.externalValue().orElse(""))));
    return out;
  }

  /** Removes {@code item} itself (records compare their nodes deeply: slow, and not what is meant). */
  private static <T> void removeSame(java.util.List<T> list, T item) {
    for (int k = 0; k < list.size(); k++) {
      if (list.get(k) == item) {
        list.remove(k);
        return;
      }
    }
  }
}
