package dev.charter.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.core.interop.AsyncApiCoreModels;
import dev.charter.core.source.RefPolicy;
import dev.charter.core.spec.LoadOptions;
import dev.charter.core.spec.SpecDocument;
import dev.charter.core.spec.SpecFinder;
import dev.charter.core.spec.SpecLoadException;
import dev.charter.core.spec.SpecLoader;
import dev.charter.core.spec.SpecNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * charter's model is built from every real spec in the corpus and loses nothing: every operation,
 * channel, message, payload and binding of the document is in it. asyncapi-core, for comparison,
 * is run over every AsyncAPI example and what it drops is written to target/asyncapi-core-losses.txt.
 */
class CorpusModelTest {

  private static Path corpus() {
    String p = System.getProperty("charter.corpus");
    assumeTrue(p != null && Files.isDirectory(Path.of(p)), "corpus not available");
    return Path.of(p).toAbsolutePath().normalize();
  }

  private static List<SpecDocument> loadAll(Path corpus) throws Exception {
    SpecLoader loader = new SpecLoader(LoadOptions.defaults().withWorkingDir(corpus)
        .withRefPolicy(RefPolicy.DEFAULT.withRoot(corpus)));
    List<SpecDocument> docs = new ArrayList<>();
    for (Path p : SpecFinder.find(corpus)) {
      try {
        docs.add(loader.load(p));
      } catch (SpecLoadException e) {
        // Documents with dangling references are covered by the validator's corpus test.
      }
    }
    return docs;
  }

  @Test
  void everyOperationChannelAndMessageOfEveryCorpusSpecIsInTheModel() throws Exception {
    List<SpecDocument> docs = loadAll(corpus());
    assertThat(docs).hasSizeGreaterThan(150);
    int operations = 0;
    int messages = 0;
    for (SpecDocument doc : docs) {
      ApiModel model = ApiModel.of(doc);
      if (model instanceof OpenApiModel m) {
        assertThat(m.operations()).as(doc.root().name()).hasSize(countOperations(doc.rootNode().get("paths").orElse(null)));
        assertThat(m.webhooks()).as(doc.root().name()).hasSize(countOperations(doc.rootNode().get("webhooks").orElse(null)));
        for (HttpOperation op : m.operations()) {
          // Every documented response and every parameter survives normalisation.
          int rawResponses = op.node().get("responses").map(r -> (int) r.fields().stream()
              .filter(e -> !e.getKey().startsWith("x-")).count()).orElse(0);
          assertThat(op.responses()).as(op.display()).hasSize(rawResponses);
        }
        operations += m.operations().size();
      } else {
        AsyncApiModel m = (AsyncApiModel) model;
        checkAsync(doc, m);
        operations += m.operations().size();
        messages += m.channels().values().stream().mapToInt(c -> c.messages().size()).sum();
      }
    }
    assertThat(operations).isGreaterThan(5000);
    assertThat(messages).isGreaterThan(50);
  }

  private static int countOperations(SpecNode paths) {
    if (paths == null) {
      return 0;
    }
    int n = 0;
    for (Map.Entry<String, SpecNode> e : paths.fields()) {
      if (e.getKey().startsWith("x-")) {
        continue;
      }
      for (Map.Entry<String, SpecNode> m : e.getValue().resolved().fields()) {
        if (HttpMethod.ofKey(m.getKey()).isPresent()) {
          n++;
        }
      }
    }
    return n;
  }

  private static void checkAsync(SpecDocument doc, AsyncApiModel m) {
    String name = doc.root().name();
    SpecNode channels = doc.rootNode().get("channels").orElse(null);
    if (channels == null) {
      return;
    }
    int rawOps = 0;
    for (Map.Entry<String, SpecNode> e : channels.fields()) {
      if (e.getKey().startsWith("x-")) {
        continue;
      }
      SpecNode ch = e.getValue().resolved();
      AsyncChannel modelled = m.channels().get(e.getKey());
      assertThat(modelled).as(name + " channel " + e.getKey()).isNotNull();
      assertThat(modelled.bindings().isPresent()).as(name + " bindings of " + e.getKey()).isEqualTo(ch.has("bindings"));
      if (doc.version().major() >= 3) {
        int raw = ch.get("messages").map(x -> x.fields().size()).orElse(0);
        assertThat(modelled.messages()).as(name + " messages of " + e.getKey()).hasSize(raw);
        for (AsyncMessage msg : modelled.messages()) {
          assertThat(msg.payload().isPresent()).as(name + " payload of " + msg.key()).isEqualTo(msg.node().has("payload"));
        }
      } else {
        for (String verb : List.of("publish", "subscribe")) {
          if (ch.has(verb)) {
            rawOps++;
          }
        }
      }
    }
    if (doc.version().major() >= 3) {
      rawOps = doc.rootNode().get("operations").map(o -> (int) o.fields().stream()
          .filter(x -> !x.getKey().startsWith("x-")).count()).orElse(0);
    }
    assertThat(m.operations()).as(name + " operations").hasSize(rawOps);
  }

  @Test
  void asyncApiCoreIsMeasuredOnEveryOfficialExample() throws Exception {
    Path corpus = corpus();
    List<String> report = new ArrayList<>();
    int examined = 0;
    int lossy = 0;
    for (SpecDocument doc : loadAll(corpus)) {
      if (!doc.version().isAsyncApi()) {
        continue;
      }
      AsyncApiCoreModels.Result r = AsyncApiCoreModels.read(doc);
      if (r.model().isEmpty() && r.failure().isEmpty()) {
        continue;
      }
      examined++;
      if (r.failure().isPresent()) {
        lossy++;
        report.add(corpus.relativize(Path.of(doc.root().name())) + ": cannot be read at all: " + r.failure().get());
        continue;
      }
      if (!r.dropped().isEmpty()) {
        lossy++;
        report.add(corpus.relativize(Path.of(doc.root().name())) + ": " + r.dropped().size() + " values lost, e.g. "
            + String.join(", ", r.dropped().subList(0, Math.min(5, r.dropped().size()))));
        // What the library lost is still in the tree charter reads.
        for (String pointer : r.dropped()) {
          JsonNode original = doc.root().root().at(pointer);
          assertThat(original == null).isFalse();
        }
      }
    }
    report.add(0, "asyncapi-core 1.0.0-RC4 lost data on " + lossy + " of " + examined + " AsyncAPI documents it models");
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target/asyncapi-core-losses.txt"), report);
    assertThat(examined).isGreaterThan(40);
  }

}
