package dev.charter.compat.async;

import dev.charter.compat.Check;
import dev.charter.compat.Comparison;
import dev.charter.compat.Direction;
import dev.charter.compat.Judgement;
import dev.charter.compat.http.OperationAddedCheck;
import dev.charter.compat.http.OperationRemovedCheck;
import dev.charter.compat.security.SecurityCheck;
import dev.charter.core.model.AsyncApiModel;
import dev.charter.core.model.AsyncMessage;
import dev.charter.core.model.AsyncOperation;
import dev.charter.core.spec.SpecNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Compares two AsyncAPI documents (2.0 to 3.1, in any combination) by meaning. Both are read in the
 * 3.x shape, so a 2.x {@code subscribe} is an operation where the application sends and a {@code
 * publish} one where it receives, and a 2.x → 3.x migration of the same API compares as unchanged.
 * Operations are matched by action and channel address (parameter names erased), else by id;
 * messages by key, name, id or title. What the application sends is judged like a response (its
 * consumers read it), what it receives like a request.
 */
public final class AsyncComparison {
  public static final List<Check> CHECKS = List.of(new ChannelAddressCheck(), new OperationMessagesCheck(),
      new MessageContentTypeCheck(), new CorrelationIdCheck(), new BindingsCheck(), new AsyncServersCheck(),
      new ReplyCheck(), new ChannelParametersCheck());

  private final ChannelAddressCheck addressChanged = new ChannelAddressCheck();
  private final OperationMessagesCheck messages = new OperationMessagesCheck();
  private final MessageContentTypeCheck contentType = new MessageContentTypeCheck();
  private final CorrelationIdCheck correlationId = new CorrelationIdCheck();
  private final BindingsCheck bindings = new BindingsCheck();
  private final AsyncServersCheck servers = new AsyncServersCheck();
  private final ReplyCheck reply = new ReplyCheck();
  private final ChannelParametersCheck parameters = new ChannelParametersCheck();
  private final SecurityCheck security = new SecurityCheck();

  private final AsyncApiModel oldModel;
  private final AsyncApiModel newModel;
  private final Comparison c;
  private final boolean oldV3;
  private final boolean newV3;
  /** The protocols either version's servers speak. */
  private final java.util.Set<String> protocols = new java.util.TreeSet<>();

  public AsyncComparison(AsyncApiModel oldModel, AsyncApiModel newModel, Comparison comparison) {
    this.oldModel = oldModel;
    this.newModel = newModel;
    this.c = comparison;
    this.oldV3 = oldModel.document().version().major() >= 3;
    this.newV3 = newModel.document().version().major() >= 3;
    for (AsyncApiModel m : List.of(oldModel, newModel)) {
      m.servers().values().forEach(s -> s.text("protocol").ifPresent(p -> protocols.add(p.toLowerCase(java.util.Locale.ROOT))));
    }
  }

  /** The address of an operation's channel (its key when the channel has none). */
  static String address(AsyncOperation op) {
    return op.channel().address().orElse(op.channel().key());
  }

  static String key(AsyncOperation op) {
    return op.action() + " " + address(op).replaceAll("\\{[^}]*}", "{}");
  }

  public void run() {
    SpecNode oldRoot = oldModel.document().rootNode();
    SpecNode newRoot = newModel.document().rootNode();
    servers.check(c, oldModel.servers(), newModel.servers(), oldRoot, newRoot);
    operations(oldRoot, newRoot);
    info(oldRoot, newRoot);
    c.finish();
  }

  private void operations(SpecNode oldRoot, SpecNode newRoot) {
    List<AsyncOperation> unmatched = new ArrayList<>(newModel.operations());
    List<AsyncOperation> left = new ArrayList<>();
    List<AsyncOperation[]> pairs = new ArrayList<>();
    for (AsyncOperation o : oldModel.operations()) {
      Optional<AsyncOperation> n = unmatched.stream().filter(x -> key(x).equals(key(o)) && x.key().equals(o.key())).findFirst()
          .or(() -> unmatched.stream().filter(x -> key(x).equals(key(o))).findFirst());
      if (n.isPresent()) {
        removeSame(unmatched, n.get());
        pairs.add(new AsyncOperation[] {o, n.get()});
      } else {
        left.add(o);
      }
    }
    List<AsyncOperation> removed = new ArrayList<>();
    for (AsyncOperation o : left) {
      Optional<AsyncOperation> n = unmatched.stream().filter(x -> x.key().equals(o.key()) && x.action() == o.action())
          .findFirst();
      if (n.isPresent()) {
        removeSame(unmatched, n.get());
        addressChanged.check(c, n.get().display(), o, n.get());
        pairs.add(new AsyncOperation[] {o, n.get()});
      } else {
        removed.add(o);
      }
    }
    for (AsyncOperation[] pair : pairs) {
      operation(pair[0], pair[1]);
    }
    SpecNode newOps = newRoot.get(newV3 ? "operations" : "channels").orElse(newRoot);
    SpecNode oldOps = oldRoot.get(oldV3 ? "operations" : "channels").orElse(oldRoot);
    for (AsyncOperation o : removed) {
      Optional<String> planned = c.removals().reason(o.node().value().path("deprecated").asBoolean(false),
          o.node().text("x-sunset"), Optional.empty());
      c.sink().add(OperationRemovedCheck.REMOVED.id(), Judgement.breaking(), o.display(), "operation '" + o.key()
          + "' removed", o.node(), newOps, planned);
    }
    for (AsyncOperation n : unmatched) {
      c.sink().add(OperationAddedCheck.ADDED.id(), Judgement.addition(), n.display(), "operation '" + n.key() + "' added",
          oldOps, n.node());
    }
  }

  private static Direction direction(AsyncOperation op) {
    return op.action() == AsyncOperation.Action.SEND ? Direction.OUTPUT : Direction.INPUT;
  }

  private void operation(AsyncOperation o, AsyncOperation n) {
    String subject = n.display();
    Direction direction = direction(n);
    if (o.action() != n.action()) {
      // Matching keeps actions apart; guard anyway.
      return;
    }
    parameters.check(c, subject, o.channel().parameters(), n.channel().parameters(), oldV3, newV3, direction);
    messageLists(subject, o.messages(), n.messages(), o.node(), n.node(), direction);
    bindings.check(c, subject, "operation", o.bindings(), n.bindings(), o.node(), n.node(), protocols);
    bindings.check(c, subject, "channel", o.channel().bindings(), n.channel().bindings(), o.channel().node(),
        n.channel().node(), protocols);
    security.check(c.sink(), subject, AsyncSecurity.alternatives(o.node().get("security"), oldModel.document().rootNode()),
        AsyncSecurity.alternatives(n.node().get("security"), newModel.document().rootNode()),
        o.node().get("security").orElse(o.node()), n.node().get("security").orElse(n.node()));
    replies(subject, o, n, direction);
    if (!o.summary().equals(n.summary())) {
      c.documentation(subject, "summary", o.node(), n.node());
    }
    for (String field : List.of("description", "summary", "title")) {
      if (!o.channel().node().text(field).equals(n.channel().node().text(field))) {
        c.documentation(subject, field + " of the channel", o.channel().node(), n.channel().node());
      }
    }
    if (!o.node().text("description").equals(n.node().text("description"))) {
      c.documentation(subject, "description", o.node(), n.node());
    }
  }

  private void replies(String subject, AsyncOperation o, AsyncOperation n, Direction direction) {
    if (o.reply().isEmpty() && n.reply().isEmpty()) {
      return;
    }
    if (n.reply().isEmpty()) {
      reply.removed(c, subject, o.reply().get().node(), n.node());
      return;
    }
    if (o.reply().isEmpty()) {
      reply.added(c, subject, o.node(), n.reply().get().node());
      return;
    }
    AsyncOperation.Reply or = o.reply().get();
    AsyncOperation.Reply nr = n.reply().get();
    String oa = or.address().or(() -> or.channel().map(AsyncComparison::channelAddress)).orElse("");
    String na = nr.address().or(() -> nr.channel().map(AsyncComparison::channelAddress)).orElse("");
    if (!oa.replaceAll("\\{[^}]*}", "{}").equals(na.replaceAll("\\{[^}]*}", "{}"))) {
      reply.addressChanged(c, subject, oa, na, or.node(), nr.node());
    }
    messageLists(subject + " reply", or.messages(), nr.messages(), or.node(), nr.node(), direction.flip());
  }

  private void messageLists(String subject, List<AsyncMessage> old, List<AsyncMessage> neu, SpecNode oldOwner,
      SpecNode newOwner, Direction direction) {
    List<AsyncMessage> unmatched = new ArrayList<>(neu);
    List<AsyncMessage> left = new ArrayList<>();
    for (AsyncMessage om : old) {
      Optional<AsyncMessage> nm = find(unmatched, om);
      if (nm.isPresent()) {
        removeSame(unmatched, nm.get());
        message(subject, om, nm.get(), direction);
      } else {
        left.add(om);
      }
    }
    if (left.size() == 1 && unmatched.size() == 1) {
      // One message on each side that no name links: the same message, renamed.
      message(subject, left.get(0), unmatched.get(0), direction);
      return;
    }
    for (AsyncMessage om : left) {
      messages.removed(c, subject, om, newOwner, direction);
    }
    for (AsyncMessage nm : unmatched) {
      messages.added(c, subject, nm, oldOwner, direction);
    }
  }

  private static Optional<AsyncMessage> find(List<AsyncMessage> in, AsyncMessage m) {
    Optional<AsyncMessage> byKey = in.stream().filter(x -> x.key().equals(m.key())).findFirst();
    if (byKey.isPresent()) {
      return byKey;
    }
    if (m.name().isPresent()) {
      Optional<AsyncMessage> byName = in.stream().filter(x -> x.name().equals(m.name())).findFirst();
      if (byName.isPresent()) {
        return byName;
      }
    }
    Optional<String> id = m.node().text("messageId");
    if (id.isPresent()) {
      Optional<AsyncMessage> byId = in.stream().filter(x -> x.node().text("messageId").equals(id) || x.key().equals(id.get()))
          .findFirst();
      if (byId.isPresent()) {
        return byId;
      }
    }
    if (m.title().isPresent()) {
      return in.stream().filter(x -> x.title().equals(m.title())).findFirst();
    }
    return Optional.empty();
  }

  private void message(String subject, AsyncMessage o, AsyncMessage n, Direction direction) {
    String where = "message '" + n.key() + "'";
    c.schema(subject, "message", where + " payload", o.payload(), n.payload(), direction, o.node(), n.node());
    c.headers(subject, where + " headers", o.headers(), n.headers(), direction, o.node(), n.node());
    contentType.check(c, subject, o, n);
    correlationId.check(c, subject, o, n);
    bindings.check(c, subject, where, o.bindings(), n.bindings(), o.node(), n.node(), protocols);
    if (!examples(o).equals(examples(n))) {
      c.documentation(subject, "examples of " + where, o.node(), n.node());
    }
    for (String field : List.of("summary", "description", "title")) {
      if (!o.node().text(field).equals(n.node().text(field))) {
        c.documentation(subject, field + " of " + where, o.node(), n.node());
      }
    }
  }

  private static List<String> examples(AsyncMessage m) {
    List<String> out = new ArrayList<>();
    for (AsyncMessage.AsyncExample e : m.examples()) {
      out.add(e.name().orElse("") + "=" + e.headers().map(dev.charter.compat.schema.Shapes::canonical).orElse("") + "="
          + e.payload().map(dev.charter.compat.schema.Shapes::canonical).orElse(""));
    }
    return out;
  }

  private void info(SpecNode oldRoot, SpecNode newRoot) {
    SpecNode oi = oldRoot.get("info").orElse(oldRoot);
    SpecNode ni = newRoot.get("info").orElse(newRoot);
    for (String field : List.of("title", "description", "termsOfService", "contact", "license")) {
      if (!Objects.equals(oi.get(field).map(SpecNode::value).orElse(null), ni.get(field).map(SpecNode::value).orElse(null))) {
        c.documentation("info", field, oi.get(field).orElse(oi), ni.get(field).orElse(ni));
      }
    }
  }

  private static String channelAddress(dev.charter.core.model.AsyncChannel ch) {
    return ch.address().orElse(ch.key());
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
