package dev.charter.codegen.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.charter.codegen.contract.runtime.ContractSpec;
import dev.charter.core.model.HttpOperation;
import dev.charter.core.validate.InstanceValidator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What cases an operation gets, and that each is what it claims to be. */
class CaseDeriverTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ContractSpec INVENTORY = Fixtures.inventory();
  private static final ContractSpec DERIVATION = ContractSpec.load(Fixtures.resource("derivation.yaml"));

  private static CaseDeriver.OperationCases derive(ContractSpec spec, String operationId, CaseDeriver.Options options) {
    HttpOperation op = Verifier.select(spec, List.of(operationId)).get(0);
    return new CaseDeriver(spec, options).derive(op);
  }

  @Test
  void examplesComeFirstThenGeneratedCasesThenNegativesThenTheAuthCase() {
    CaseDeriver.OperationCases cases = derive(INVENTORY, "createItem", CaseDeriver.Options.DEFAULT.withMaxCases(3));
    assertThat(cases.cases()).extracting(ContractCase::label).startsWith("example 'lamp'", "example 'chair'", "generated #1");
    assertThat(cases.cases().get(0).request().bodyText()).hasValue("{\"name\":\"Desk lamp\",\"price\":25.5,\"tags\":[\"new\"]}");
    assertThat(cases.cases()).extracting(ContractCase::kind).isSortedAccordingTo(Enum::compareTo);
    assertThat(cases.cases()).extracting(ContractCase::number).containsExactly(
        java.util.stream.IntStream.rangeClosed(1, cases.cases().size()).boxed().toArray(Integer[]::new));
    assertThat(cases.cases().get(cases.cases().size() - 1).kind()).isEqualTo(ContractCase.Kind.AUTH);
    assertThat(cases.cases()).filteredOn(c -> c.kind() == ContractCase.Kind.NEGATIVE).hasSize(3);
  }

  @Test
  void everyPositiveBodyIsValidAndEveryNegativeBodyInvalid() throws Exception {
    CaseDeriver.OperationCases cases = derive(INVENTORY, "createItem", CaseDeriver.Options.DEFAULT.withMaxCases(50));
    var schema = cases.operation().requestBody().get().content().get(0).schema().get();
    int negatives = 0;
    for (ContractCase c : cases.cases()) {
      if (c.request().bodyText().isEmpty()) {
        assertThat(c.label()).isEqualTo("the required request body is missing");
        continue;
      }
      var violations = INVENTORY.validator().validate(schema, JSON.readTree(c.request().bodyText().get()),
          InstanceValidator.Direction.REQUEST);
      if (c.kind() == ContractCase.Kind.NEGATIVE) {
        negatives++;
        assertThat(violations).as(c.label()).isNotEmpty();
      } else {
        assertThat(violations).as(c.label()).isEmpty();
      }
    }
    // every constraint of NewItem is broken by some case: required, type, length, pattern, range, enum
    assertThat(negatives).isGreaterThanOrEqualTo(8);
    assertThat(cases.cases()).extracting(ContractCase::label).anyMatch(l -> l.contains("lacks the required property 'name'"))
        .anyMatch(l -> l.contains("'price' is 1001, above its maximum 1000"))
        .anyMatch(l -> l.contains("'price' is -1, below its minimum 0"))
        .anyMatch(l -> l.contains("'name' is the number 12345, not a string"))
        .anyMatch(l -> l.contains("over its maxLength 20"))
        .anyMatch(l -> l.contains("which does not match the pattern ^[A-Za-z ]+$"))
        .anyMatch(l -> l.contains("the request body is the string 'charter', not an object"));
  }

  @Test
  void theSameSeedGivesTheSameCasesAndAnotherSeedOthers() {
    CaseDeriver.Options options = CaseDeriver.Options.DEFAULT.withMaxCases(4).withSeed(99);
    for (HttpOperation op : INVENTORY.model().operations()) {
      List<ContractCase> first = new CaseDeriver(INVENTORY, options).derive(op).cases();
      List<ContractCase> again = new CaseDeriver(INVENTORY, options).derive(op).cases();
      assertThat(again).extracting(ContractCase::request).isEqualTo(first.stream().map(ContractCase::request).toList());
    }
    List<ContractCase> seeded = derive(INVENTORY, "createItem", options).cases();
    List<ContractCase> other = derive(INVENTORY, "createItem", options.withSeed(100)).cases();
    assertThat(other.stream().map(ContractCase::request).toList()).isNotEqualTo(seeded.stream().map(ContractCase::request).toList());
  }

  @Test
  void theCasesDoNotDependOnWhereTheSpecFileIs(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    // a generated test runs from its own copy of the spec, and must send what verify sends
    ContractSpec moved = ContractSpec.load(java.nio.file.Files.copy(Fixtures.resource("inventory.yaml"),
        dir.resolve("elsewhere.yaml")));
    CaseDeriver.Options options = CaseDeriver.Options.DEFAULT.withMaxCases(5).withSeed(3);
    for (int i = 0; i < INVENTORY.model().operations().size(); i++) {
      List<ContractCase> here = new CaseDeriver(INVENTORY, options).derive(INVENTORY.model().operations().get(i)).cases();
      List<ContractCase> there = new CaseDeriver(moved, options).derive(moved.model().operations().get(i)).cases();
      assertThat(there).extracting(ContractCase::request).isEqualTo(here.stream().map(ContractCase::request).toList());
    }
  }

  @Test
  void anExampleThatBreaksItsSchemaIsNotSentAsValid() {
    CaseDeriver.OperationCases cases = derive(DERIVATION, "addNote", CaseDeriver.Options.DEFAULT.withMaxCases(0));
    assertThat(cases.notes()).containsExactly("the request body example 'tooLong' does not match its schema; it is not sent");
    assertThat(cases.cases()).filteredOn(c -> c.kind() == ContractCase.Kind.POSITIVE).extracting(ContractCase::label)
        .containsExactly("example 'good'");
  }

  @Test
  void parametersOfEveryPlaceAreSentAndBroken() {
    CaseDeriver.OperationCases cases = derive(DERIVATION, "search", CaseDeriver.Options.DEFAULT.withMaxCases(40));
    ContractCase first = cases.cases().get(0);
    assertThat(first.request().target()).matches("/search\\?q=[a-z]{2,8}(&.*)?");
    assertThat(first.request().header("Cookie")).hasValueSatisfying(c -> assertThat(c).matches("session=[A-Z]{4}"));
    assertThat(cases.cases()).anyMatch(c -> c.request().target().contains("filter%5Bcolor%5D="))
        .anyMatch(c -> c.request().header("X-Trace").isPresent());
    assertThat(cases.cases()).filteredOn(c -> c.kind() == ContractCase.Kind.NEGATIVE).extracting(ContractCase::label)
        .contains("the required query parameter 'q' is missing", "the required cookie parameter 'session' is missing")
        .anyMatch(l -> l.startsWith("query parameter 'q' ") && l.endsWith("which does not match the pattern ^[a-z]+$"))
        .anyMatch(l -> l.startsWith("cookie parameter 'session' ") && l.contains("pattern"))
        .contains("query parameter 'q' is 1 characters long, under its minLength 2");
  }

  @Test
  void anOperationAnyoneMayCallGetsNoCaseWithoutCredentials() {
    CaseDeriver.OperationCases cases = derive(DERIVATION, "search", CaseDeriver.Options.DEFAULT);
    assertThat(cases.cases()).noneMatch(c -> c.kind() == ContractCase.Kind.AUTH);
    assertThat(cases.cases()).allMatch(c -> c.request().security().isEmpty());
  }

  @Test
  void aPatternThatWouldMakeHugeStringsGivesNoPatternCase() {
    // RgxGen's non-matching mode built the billion 'a's of this pattern: verify ran out of memory
    ContractSpec spec = ContractSpec.load(Fixtures.resource("huge-pattern.yaml"));
    CaseDeriver.OperationCases cases = derive(spec, "list", CaseDeriver.Options.DEFAULT.withMaxCases(5));
    assertThat(cases.cases().get(0).request().target()).isEqualTo("/items?q=b");
    assertThat(cases.cases()).filteredOn(c -> c.kind() == ContractCase.Kind.NEGATIVE).extracting(ContractCase::label)
        .contains("the required query parameter 'q' is missing")
        .noneMatch(l -> l.contains("does not match the pattern"));
  }

  @Test
  void aRequiredListInAFormIsNeverSentEmpty() {
    // events=[] is no field at all in a form: the request arrived without its required member
    ContractSpec spec = ContractSpec.load(Fixtures.resource("form-lists.yaml"));
    CaseDeriver.OperationCases cases = derive(spec, "createHook", CaseDeriver.Options.DEFAULT.withMaxCases(30));
    List<ContractCase> positives = cases.cases().stream().filter(c -> c.kind() == ContractCase.Kind.POSITIVE).toList();
    assertThat(positives).hasSizeGreaterThan(5);
    assertThat(positives).allSatisfy(c -> assertThat(c.request().bodyText()).hasValueSatisfying(
        body -> assertThat(body).contains("events=").doesNotContain("tags=&").doesNotEndWith("tags=")));
  }

  @Test
  void whatCannotBeSentIsSaidInANote() {
    assertThat(derive(DERIVATION, "putDocument", CaseDeriver.Options.DEFAULT).notes())
        .containsExactly("charter cannot write a request body of application/xml; cases are not derived");
    assertThat(derive(DERIVATION, "getFile", CaseDeriver.Options.DEFAULT).notes())
        .containsExactly("the path parameter {fileId} is not declared; cases are not derived");
  }
}
