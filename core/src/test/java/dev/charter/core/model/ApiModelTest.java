package dev.charter.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.core.spec.LoadOptions;
import dev.charter.core.spec.SpecDocument;
import dev.charter.core.spec.SpecLoader;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ApiModelTest {
  private static final Path DIR = Path.of("src/test/resources/model").toAbsolutePath();

  private static SpecDocument load(String name) throws Exception {
    return new SpecLoader(LoadOptions.defaults().withWorkingDir(DIR)).load(DIR.resolve(name));
  }

  @Test
  void swagger2IsMappedOntoTheOpenApi3Shape() throws Exception {
    OpenApiModel m = OpenApiModel.of(load("swagger2.yaml"));
    assertThat(m.servers()).extracting(Server::url)
        .containsExactly("https://api.example.com/v1", "http://api.example.com/v1");
    assertThat(m.servers().get(0).basePath()).isEqualTo("/v1");
    assertThat(m.securitySchemes().get("basicAuth").type()).isEqualTo("http");
    assertThat(m.securitySchemes().get("basicAuth").scheme()).contains("basic");
    assertThat(m.securitySchemes().get("oauth").flows()).containsKey("authorizationCode");

    HttpOperation get = m.operation(HttpMethod.GET, "/pets/{id}").orElseThrow();
    // The operation's tags parameter replaces the path-level one; collectionFormat becomes a style.
    assertThat(get.parameters()).extracting(Parameter::name).containsExactly("petId", "tags");
    Parameter tags = get.parameters().get(1);
    assertThat(tags.style()).isEqualTo("pipeDelimited");
    assertThat(tags.explode()).isFalse();
    assertThat(get.security()).singleElement().satisfies(r -> assertThat(r.schemes()).containsKey("basicAuth"));
    Response ok = get.response("200").orElseThrow();
    assertThat(ok.content()).singleElement().satisfies(mt -> {
      assertThat(mt.mediaType()).isEqualTo("application/json");
      assertThat(mt.schema().orElseThrow().properties()).containsKeys("id", "name");
      assertThat(mt.schema().orElseThrow().properties().get("id").nullable()).isTrue();
      assertThat(mt.examples()).singleElement().satisfies(e -> assertThat(e.value().orElseThrow().get("name").asText()).isEqualTo("Rex"));
    });
    assertThat(ok.headers()).singleElement().satisfies(h -> assertThat(h.schema().orElseThrow().types()).containsExactly("integer"));

    HttpOperation post = m.operation(HttpMethod.POST, "/pets/{petId}").orElseThrow();
    RequestBody form = post.requestBody().orElseThrow();
    assertThat(form.required()).isTrue();
    assertThat(form.content()).singleElement().satisfies(mt -> {
      assertThat(mt.mediaType()).isEqualTo("application/x-www-form-urlencoded");
      SchemaView s = mt.schema().orElseThrow();
      assertThat(s.required()).containsExactly("name");
      SchemaView age = s.properties().get("age");
      assertThat(age.minimum()).contains(BigDecimal.ZERO);
      assertThat(age.exclusiveMinimum()).isTrue();
      assertThat(age.location().line()).isGreaterThan(0);
    });
    assertThat(post.security()).singleElement().satisfies(r -> assertThat(r.schemes().get("oauth")).containsExactly("write"));

    HttpOperation put = m.operation(HttpMethod.PUT, "/pets/{petId}").orElseThrow();
    assertThat(put.requestBody().orElseThrow().content()).singleElement()
        .satisfies(mt -> assertThat(mt.mediaType()).isEqualTo("application/json"));
    assertThat(put.key()).isEqualTo("PUT /pets/{}");
  }

  @Test
  void openApi31WebhooksCallbacksAndJsonSchemaKeywords() throws Exception {
    OpenApiModel m = OpenApiModel.of(load("openapi31.yaml"));
    assertThat(m.servers()).extracting(Server::url).containsExactly("/");
    HttpOperation list = m.operations().get(0);
    assertThat(list.operationId()).contains("listItems");
    Parameter limit = list.parameters("query").get(0);
    assertThat(limit.style()).isEqualTo("form");
    assertThat(limit.explode()).isTrue();
    SchemaView ls = limit.schema().orElseThrow();
    assertThat(ls.minimum()).contains(BigDecimal.ZERO);
    assertThat(ls.exclusiveMinimum()).isTrue();
    assertThat(ls.maximum()).contains(new BigDecimal(100));
    assertThat(ls.exclusiveMaximum()).isFalse();
    assertThat(list.parameters("header").get(0).style()).isEqualTo("simple");
    assertThat(list.callbacks()).singleElement().satisfies(cb -> {
      assertThat(cb.name()).isEqualTo("onData");
      assertThat(cb.operations()).singleElement().satisfies(o -> assertThat(o.method()).isEqualTo(HttpMethod.POST));
    });
    SchemaView item = list.response("200").orElseThrow().content().get(0).schema().orElseThrow().items().orElseThrow();
    assertThat(item.types()).containsExactly("object", "null");
    assertThat(item.nullable()).isTrue();
    assertThat(item.properties().get("kind").enumValues().orElseThrow()).singleElement()
        .satisfies(v -> assertThat(v.asText()).isEqualTo("item"));
    assertThat(m.webhooks()).singleElement().satisfies(w -> {
      assertThat(w.webhook()).isTrue();
      assertThat(w.path()).isEqualTo("newItem");
      assertThat(w.requestBody().orElseThrow().required()).isTrue();
    });
  }

  @Test
  void asyncApi2PublishIsReceiveAndSubscribeIsSend() throws Exception {
    AsyncApiModel m = AsyncApiModel.of(load("asyncapi2.yaml"));
    assertThat(m.channels()).containsKeys("light/measured", "light/turn-on");
    AsyncOperation receive = m.operations().get(0);
    assertThat(receive.key()).isEqualTo("receiveLight");
    assertThat(receive.action()).isEqualTo(AsyncOperation.Action.RECEIVE);
    assertThat(receive.messages()).extracting(AsyncMessage::key).containsExactly("lumens", "Dimmed");
    assertThat(receive.messages().get(0).contentType()).contains("application/json");
    AsyncOperation send = m.operations().get(1);
    assertThat(send.action()).isEqualTo(AsyncOperation.Action.SEND);
    assertThat(send.bindings()).isPresent();
    AsyncMessage turnOn = send.messages().get(0);
    assertThat(turnOn.contentType()).contains("application/cloudevents+json");
    assertThat(turnOn.headers().orElseThrow().properties()).containsKey("my-app-header");
    assertThat(turnOn.payload().orElseThrow().properties()).containsKey("on");
  }

  @Test
  void asyncApi3OperationsReferToChannelMessages() throws Exception {
    AsyncApiModel m = AsyncApiModel.of(load("asyncapi3.yaml"));
    assertThat(m.channels().get("lightMeasured").address()).contains("smartylighting/{streetlightId}/measured");
    AsyncOperation receive = m.operations().get(0);
    assertThat(receive.action()).isEqualTo(AsyncOperation.Action.RECEIVE);
    assertThat(receive.messages()).singleElement().satisfies(msg -> {
      assertThat(msg.key()).isEqualTo("lightMeasured");
      assertThat(msg.payload().orElseThrow().dialect()).isEqualTo(SchemaDialect.ASYNCAPI);
      assertThat(msg.payload().orElseThrow().properties()).containsKey("lumens");
    });
    AsyncOperation send = m.operations().get(1);
    assertThat(send.messages()).extracting(AsyncMessage::key).containsExactly("turnOn");
    assertThat(send.reply().orElseThrow().channel().orElseThrow().key()).isEqualTo("lightMeasured");
    assertThat(send.display()).isEqualTo("send smartylighting/{streetlightId}/turn/on");
  }
}
