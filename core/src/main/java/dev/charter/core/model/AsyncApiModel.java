package dev.charter.core.model;

import dev.charter.core.parse.JsonPointers;
import dev.charter.core.spec.SpecDocument;
import dev.charter.core.spec.SpecNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An AsyncAPI document (2.0 to 3.1) as channels and operations in the 3.x shape, so that a 2.x → 3.x
 * migration compares by meaning: a 2.x channel becomes a channel whose key and address are its
 * name, and each of its {@code publish}/{@code subscribe} becomes an operation with the matching
 * action.
 */
public final class AsyncApiModel implements ApiModel {
  private final SpecDocument document;
  private final Optional<String> title;
  private final Optional<String> version;
  private final Map<String, AsyncChannel> channels;
  private final List<AsyncOperation> operations;
  private final Map<String, SecurityScheme> securitySchemes;
  private final Map<String, SpecNode> servers;
  private final Map<String, SchemaView> schemas;

  private AsyncApiModel(Builder b) {
    this.document = b.document;
    this.title = b.root.get("info").flatMap(i -> i.text("title"));
    this.version = b.root.get("info").flatMap(i -> i.text("version"));
    this.channels = java.util.Collections.unmodifiableMap(b.channels);
    this.operations = List.copyOf(b.operations);
    this.securitySchemes = java.util.Collections.unmodifiableMap(b.schemes);
    this.servers = java.util.Collections.unmodifiableMap(b.servers);
    this.schemas = java.util.Collections.unmodifiableMap(b.schemas);
  }

  public static AsyncApiModel of(SpecDocument document) {
    if (!document.version().isAsyncApi()) {
      throw new IllegalArgumentException(document.version().label() + " is not AsyncAPI");
    }
    return new AsyncApiModel(new Builder(document).build());
  }

  @Override
  public SpecDocument document() {
    return document;
  }

  public Optional<String> title() {
    return title;
  }

  public Optional<String> apiVersion() {
    return version;
  }

  /** Channels by key, in document order. */
  public Map<String, AsyncChannel> channels() {
    return channels;
  }

  public List<AsyncOperation> operations() {
    return operations;
  }

  public Map<String, SecurityScheme> securitySchemes() {
    return securitySchemes;
  }

  /** Server objects by name, as written (their shape differs between 2.x and 3.x). */
  public Map<String, SpecNode> servers() {
    return servers;
  }

  /** {@code components/schemas}. */
  public Map<String, SchemaView> schemas() {
    return schemas;
  }

  private static final class Builder {
    private final SpecDocument document;
    private final SpecNode root;
    private final boolean v3;
    private final Optional<String> defaultContentType;
    private final Map<String, AsyncChannel> channels = new LinkedHashMap<>();
    private final List<AsyncOperation> operations = new ArrayList<>();
    private final Map<String, SecurityScheme> schemes = new LinkedHashMap<>();
    private final Map<String, SpecNode> servers = new LinkedHashMap<>();
    private final Map<String, SchemaView> schemas = new LinkedHashMap<>();
    /** 3.x: channel node identity → channel, for operations that reference channels. */
    private final Map<String, AsyncChannel> channelsByNode = new LinkedHashMap<>();

    Builder(SpecDocument document) {
      this.document = document;
      this.root = document.rootNode();
      this.v3 = document.version().major() >= 3;
      this.defaultContentType = root.text("defaultContentType");
    }

    Builder build() {
      root.get("servers").ifPresent(s -> s.fields().forEach(e -> servers.put(e.getKey(), e.getValue().resolved())));
      root.get("components").flatMap(c -> c.get("securitySchemes")).ifPresent(this::schemes);
      root.get("components").flatMap(c -> c.get("schemas")).ifPresent(m -> m.fields().forEach(e ->
          schemas.put(e.getKey(), SchemaView.of(e.getValue(), SchemaDialect.ASYNCAPI))));
      if (v3) {
        buildV3();
      } else {
        buildV2();
      }
      return this;
    }

    private void schemes(SpecNode map) {
      for (Map.Entry<String, SpecNode> e : map.fields()) {
        SpecNode s = e.getValue().resolved();
        Map<String, Set<String>> flows = new LinkedHashMap<>();
        s.get("flows").ifPresent(f -> {
          for (Map.Entry<String, SpecNode> flow : f.fields()) {
            Set<String> scopes = new LinkedHashSet<>();
            SpecNode fl = flow.getValue().resolved();
            fl.get("availableScopes").or(() -> fl.get("scopes"))
                .ifPresent(sc -> sc.fields().forEach(x -> scopes.add(x.getKey())));
            flows.put(flow.getKey(), scopes);
          }
        });
        schemes.put(e.getKey(), new SecurityScheme(e.getKey(), s.text("type").orElse(""),
            s.text("scheme").map(x -> x.toLowerCase(java.util.Locale.ROOT)), s.text("bearerFormat"), s.text("in"),
            s.text("name"), flows, s.text("openIdConnectUrl"), s));
      }
    }

    // ---- AsyncAPI 2.x ----

    private void buildV2() {
      root.get("channels").ifPresent(chs -> {
        for (Map.Entry<String, SpecNode> e : chs.fields()) {
          if (e.getKey().startsWith("x-")) {
            continue;
          }
          String address = e.getKey();
          SpecNode ch = e.getValue().resolved();
          List<AsyncMessage> all = new ArrayList<>();
          List<Object[]> ops = new ArrayList<>();
          for (String verb : List.of("subscribe", "publish")) {
            Optional<SpecNode> op = ch.get(verb).map(SpecNode::resolved);
            if (op.isEmpty()) {
              continue;
            }
            List<AsyncMessage> msgs = v2Messages(op.get());
            for (AsyncMessage m : msgs) {
              if (all.stream().noneMatch(x -> x.key().equals(m.key()))) {
                all.add(m);
              }
            }
            ops.add(new Object[] {verb, op.get(), msgs});
          }
          AsyncChannel channel = new AsyncChannel(address, Optional.of(address), all, parameters(ch),
              ch.get("bindings").map(SpecNode::resolved), serverNames(ch), ch);
          channels.put(address, channel);
          for (Object[] o : ops) {
            String verb = (String) o[0];
            SpecNode op = (SpecNode) o[1];
            @SuppressWarnings("unchecked")
            List<AsyncMessage> msgs = (List<AsyncMessage>) o[2];
            AsyncOperation.Action action = verb.equals("subscribe") ? AsyncOperation.Action.SEND : AsyncOperation.Action.RECEIVE;
            String key = op.text("operationId").orElse(verb + " " + address);
            operations.add(new AsyncOperation(key, action, channel, msgs, Optional.empty(),
                traitField(op, "summary").flatMap(n -> n.isText() ? Optional.of(n.value().asText()) : Optional.empty()),
                security(op.get("security")), traitField(op, "bindings").map(SpecNode::resolved), op));
          }
        }
      });
    }

    private List<AsyncMessage> v2Messages(SpecNode op) {
      List<AsyncMessage> out = new ArrayList<>();
      Optional<SpecNode> message = op.get("message");
      if (message.isEmpty()) {
        return out;
      }
      SpecNode m = message.get().resolved();
      if (m.has("oneOf") && !m.has("payload") && !m.has("headers")) {
        List<SpecNode> variants = m.get("oneOf").map(SpecNode::elements).orElse(List.of());
        for (int i = 0; i < variants.size(); i++) {
          out.add(message(null, variants.get(i), i));
        }
      } else {
        out.add(message(null, message.get(), 0));
      }
      return out;
    }

    // ---- AsyncAPI 3.x ----

    private void buildV3() {
      root.get("channels").ifPresent(chs -> {
        for (Map.Entry<String, SpecNode> e : chs.fields()) {
          if (e.getKey().startsWith("x-")) {
            continue;
          }
          AsyncChannel channel = v3Channel(e.getKey(), e.getValue().resolved());
          channels.put(e.getKey(), channel);
        }
      });
      root.get("operations").ifPresent(ops -> {
        for (Map.Entry<String, SpecNode> e : ops.fields()) {
          if (e.getKey().startsWith("x-")) {
            continue;
          }
          SpecNode op = e.getValue().resolved();
          Optional<AsyncChannel> channel = op.get("channel").map(this::channelOf);
          if (channel.isEmpty()) {
            continue;
          }
          AsyncOperation.Action action = "send".equals(op.text("action").orElse(""))
              ? AsyncOperation.Action.SEND : AsyncOperation.Action.RECEIVE;
          List<AsyncMessage> msgs = op.get("messages").isPresent()
              ? messagesOf(op.get("messages").get(), channel.get())
              : channel.get().messages();
          Optional<AsyncOperation.Reply> reply = op.get("reply").map(SpecNode::resolved).map(r -> {
            Optional<AsyncChannel> rc = r.get("channel").map(this::channelOf);
            List<AsyncMessage> rm = r.get("messages").isPresent() && rc.isPresent()
                ? messagesOf(r.get("messages").get(), rc.get())
                : rc.map(AsyncChannel::messages).orElse(List.of());
            Optional<String> address = r.get("address").map(SpecNode::resolved).flatMap(a -> a.text("location"));
            return new AsyncOperation.Reply(address, rc, rm, r);
          });
          operations.add(new AsyncOperation(e.getKey(), action, channel.get(), msgs, reply,
              traitField(op, "summary").filter(SpecNode::isText).map(n -> n.value().asText()),
              security(op.get("security")), traitField(op, "bindings").map(SpecNode::resolved), op));
        }
      });
    }

    private AsyncChannel v3Channel(String key, SpecNode ch) {
      List<AsyncMessage> msgs = new ArrayList<>();
      ch.get("messages").ifPresent(m -> {
        int i = 0;
        for (Map.Entry<String, SpecNode> e : m.fields()) {
          msgs.add(message(e.getKey(), e.getValue(), i++));
        }
      });
      Optional<String> address = ch.get("address").filter(SpecNode::isText).map(a -> a.value().asText());
      AsyncChannel channel = new AsyncChannel(key, address, msgs, parameters(ch),
          ch.get("bindings").map(SpecNode::resolved), serverNames(ch), ch);
      channelsByNode.put(ch.toString(), channel);
      return channel;
    }

    /** The channel an operation's {@code channel: {$ref}} leads to; a channel only in components is built on demand. */
    private AsyncChannel channelOf(SpecNode ref) {
      SpecNode ch = ref.resolved();
      AsyncChannel known = channelsByNode.get(ch.toString());
      if (known != null) {
        return known;
      }
      return v3Channel(JsonPointers.last(ch.pointer()), ch);
    }

    /** Operation {@code messages}: references into the channel's messages, matched by the node they lead to. */
    private List<AsyncMessage> messagesOf(SpecNode list, AsyncChannel channel) {
      List<AsyncMessage> out = new ArrayList<>();
      for (SpecNode ref : list.elements()) {
        String target = ref.resolved().toString();
        Optional<AsyncMessage> m = channel.messages().stream()
            .filter(x -> x.node().toString().equals(target)).findFirst();
        out.add(m.orElseGet(() -> message(null, ref, out.size())));
      }
      return out;
    }

    // ---- shared ----

    private Map<String, SpecNode> parameters(SpecNode ch) {
      Map<String, SpecNode> out = new LinkedHashMap<>();
      ch.get("parameters").ifPresent(p -> p.fields().forEach(e -> out.put(e.getKey(), e.getValue().resolved())));
      return out;
    }

    private List<String> serverNames(SpecNode ch) {
      List<String> out = new ArrayList<>();
      ch.get("servers").ifPresent(s -> s.elements().forEach(x ->
          out.add(x.isRef() ? JsonPointers.last(x.resolved().pointer()) : x.value().asText())));
      return out;
    }

    private List<SecurityRequirement> security(Optional<SpecNode> list) {
      List<SecurityRequirement> out = new ArrayList<>();
      list.ifPresent(l -> {
        for (SpecNode req : l.elements()) {
          if (req.isRef()) {
            SpecNode scheme = req.resolved();
            out.add(new SecurityRequirement(Map.of(JsonPointers.last(scheme.pointer()), List.of()), req));
            continue;
          }
          Map<String, List<String>> used = new LinkedHashMap<>();
          for (Map.Entry<String, SpecNode> e : req.fields()) {
            List<String> scopes = new ArrayList<>();
            e.getValue().elements().forEach(x -> scopes.add(x.value().asText()));
            used.put(e.getKey(), scopes);
          }
          out.add(new SecurityRequirement(used, req));
        }
      });
      return out;
    }

    /** A field of an operation or message, else of its traits (later traits first). */
    private Optional<SpecNode> traitField(SpecNode owner, String field) {
      return traitFields(owner, field).stream().findFirst();
    }

    /** Every value of a field: the owner's own, then its traits' (later traits first). */
    private List<SpecNode> traitFields(SpecNode owner, String field) {
      List<SpecNode> out = new ArrayList<>();
      owner.get(field).ifPresent(out::add);
      List<SpecNode> traits = owner.get("traits").map(SpecNode::elements).orElse(List.of());
      for (int i = traits.size() - 1; i >= 0; i--) {
        SpecNode t = traits.get(i).resolved();
        if (t.isArray()) {
          // 2.x allows [trait, parameters]; the first element is the trait.
          t = t.get(0).map(SpecNode::resolved).orElse(t);
        }
        t.get(field).ifPresent(out::add);
      }
      return out;
    }

    private AsyncMessage message(String channelKey, SpecNode ref, int index) {
      SpecNode m = ref.resolved();
      Optional<String> name = traitField(m, "name").filter(SpecNode::isText).map(n -> n.value().asText());
      Optional<String> messageId = m.text("messageId");
      String component = ref.isRef() && m.pointer().contains("/messages/") ? JsonPointers.last(m.pointer()) : null;
      String key = channelKey != null ? channelKey
          : messageId.or(() -> name).orElse(component != null ? component : "message" + index);
      Optional<String> format = traitField(m, "schemaFormat").filter(SpecNode::isText).map(n -> n.value().asText());
      Optional<SchemaView> payload = Optional.empty();
      Optional<SpecNode> p = traitField(m, "payload");
      if (p.isPresent()) {
        SpecNode pn = p.get().resolved();
        if (v3 && pn.has("schemaFormat") && pn.has("schema")) {
          format = pn.text("schemaFormat");
          SpecNode schema = pn.get("schema").orElseThrow();
          payload = Optional.of(SchemaView.of(schema, SchemaDialect.ofSchemaFormat(format.orElse(null))));
        } else {
          payload = Optional.of(SchemaView.of(p.get(), SchemaDialect.ofSchemaFormat(format.orElse(null))));
        }
      }
      // Headers merge (JSON Merge Patch, in 2.x and 3.x alike): a trait's header properties are added to
      // the message's, not dropped when the message has headers of its own.
      Optional<SchemaView> headers = traitFields(m, "headers").stream().map(h -> {
        SpecNode hn = h.resolved();
        if (v3 && hn.has("schemaFormat") && hn.has("schema")) {
          return SchemaView.of(hn.get("schema").orElseThrow(), SchemaDialect.ofSchemaFormat(hn.text("schemaFormat").orElse(null)));
        }
        return SchemaView.of(h, SchemaDialect.ASYNCAPI);
      }).reduce(SchemaView::with);
      Optional<String> contentType = traitField(m, "contentType").filter(SpecNode::isText).map(n -> n.value().asText())
          .or(() -> defaultContentType);
      List<AsyncMessage.AsyncExample> examples = new ArrayList<>();
      traitField(m, "examples").ifPresent(ex -> {
        for (SpecNode e : ex.elements()) {
          examples.add(new AsyncMessage.AsyncExample(e.text("name"), e.get("headers").map(SpecNode::value),
              e.get("payload").map(SpecNode::value), e));
        }
      });
      boolean deprecated = traitField(m, "deprecated").map(d -> d.value().asBoolean(false)).orElse(false);
      return new AsyncMessage(key, name, m.text("title"), payload, format, headers, contentType,
          traitField(m, "correlationId").map(SpecNode::resolved), traitField(m, "bindings").map(SpecNode::resolved),
          examples, deprecated, m);
    }
  }
}
