package dev.charter.codegen.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.codegen.contract.runtime.Checks;
import dev.charter.codegen.contract.runtime.ContractClient;
import dev.charter.codegen.contract.runtime.ContractSpec;
import dev.charter.codegen.contract.runtime.Credentials;
import dev.charter.core.diag.Diagnostic;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** charter verify's engine against a hand-written server over real HTTP, correct and with one fault at a time. */
class VerifyAgainstServerTest {
  private static final ContractSpec SPEC = Fixtures.inventory();

  private static Verifier.Result verify(InventoryServer server, Credentials credentials) {
    ContractClient client = new ContractClient(server.baseUrl(), credentials, SPEC, Duration.ofSeconds(10));
    return new Verifier(client, CaseDeriver.Options.DEFAULT.withMaxCases(3), 2).verify(SPEC.model().operations());
  }

  @Test
  void everyCasePassesAgainstTheCorrectServer() throws Exception {
    try (InventoryServer server = InventoryServer.start(InventoryServer.Fault.NONE)) {
      Verifier.Result result = verify(server, Fixtures.inventoryCredentials());
      assertThat(result.diagnostics()).isEmpty();
      assertThat(result.skipped()).isZero();
      assertThat(result.passed()).isEqualTo(result.outcomes().size()).isGreaterThan(20);
      // every kind of case was sent, and each reached the server
      assertThat(result.outcomes()).extracting(o -> o.contractCase().kind()).contains(ContractCase.Kind.values());
      assertThat(server.requests()).isEqualTo(result.outcomes().size());
    }
  }

  @ParameterizedTest
  @EnumSource(value = InventoryServer.Fault.class, mode = EnumSource.Mode.EXCLUDE, names = "NONE")
  void eachFaultIsCaughtByItsCheckAndNoOther(InventoryServer.Fault fault) throws Exception {
    try (InventoryServer server = InventoryServer.start(fault)) {
      Verifier.Result result = verify(server, Fixtures.inventoryCredentials());
      Set<String> failed = result.diagnostics().stream().map(Diagnostic::id).collect(Collectors.toSet());
      assertThat(failed).isEqualTo(fault.checks);
      for (Diagnostic d : result.diagnostics()) {
        assertThat(d.location().file()).endsWith("inventory.yaml");
        assertThat(d.location().line()).isPositive();
        assertThat(d.message()).contains("\nreproduce: curl -i -X ").contains(server.baseUrl().toString());
        assertThat(d.message()).doesNotContain("test-token").doesNotContain("test-key");
      }
    }
  }

  @Test
  void aFailureNamesTheSpecPlaceAndTheRequestThatReproducesIt() throws Exception {
    try (InventoryServer server = InventoryServer.start(InventoryServer.Fault.BODY_BREAKS_SCHEMA)) {
      Diagnostic d = verify(server, Fixtures.inventoryCredentials()).diagnostics().get(0);
      assertThat(d.message()).startsWith("GET /items/{itemId} #1 (spec examples): the body does not match the schema of the "
          + "200 application/json response:\n  - /price: ");
      // the media type of the documented 200 response of getItem
      assertThat(d.location().pointer()).isEqualTo("/paths/~1items~1{itemId}/get/responses/200/content/application~1json");
      // the keyword that rejected the value, in components
      assertThat(d.related()).anySatisfy(r -> assertThat(r.pointer()).startsWith("/components/schemas/Item/properties/price"));
      assertThat(d.message()).containsPattern("reproduce: curl -i -X GET 'http://127\\.0\\.0\\.1:\\d+/api/items/1' "
          + "-H 'X-Request-Id: [a-f0-9]{8}' -H 'Accept: application/json'$");
    }
  }

  @Test
  void credentialsThatAreNotConfiguredSkipTheCasesThatNeedThemButNotTheAuthCases() throws Exception {
    try (InventoryServer server = InventoryServer.start(InventoryServer.Fault.NONE)) {
      Verifier.Result result = verify(server, Credentials.none());
      assertThat(result.diagnostics()).isEmpty();
      List<ContractRunner.Outcome> skipped = result.outcomes().stream().filter(o -> o.skipped().isPresent()).toList();
      assertThat(skipped).isNotEmpty().allSatisfy(o -> {
        assertThat(o.contractCase().kind()).isNotEqualTo(ContractCase.Kind.AUTH);
        assertThat(o.contractCase().operation().operationId()).hasValueSatisfying(id -> assertThat(id).isIn("createItem", "deleteItem"));
      });
      assertThat(skipped.get(0).skipped()).hasValueSatisfying(s -> assertThat(s).contains("CHARTER_"));
      assertThat(result.outcomes()).filteredOn(o -> o.contractCase().kind() == ContractCase.Kind.AUTH)
          .hasSize(2).allMatch(ContractRunner.Outcome::passed);
    }
  }

  @Test
  void aServerThatIsGoneFailsEveryCaseWithRequestFailed() throws Exception {
    InventoryServer server = InventoryServer.start(InventoryServer.Fault.NONE);
    server.close();
    ContractClient client = new ContractClient(server.baseUrl(), Fixtures.inventoryCredentials(), SPEC, Duration.ofSeconds(2));
    Verifier.Result result = new Verifier(client, CaseDeriver.Options.DEFAULT.withMaxCases(0), 1)
        .verify(Verifier.select(SPEC, List.of("listItems")));
    assertThat(result.diagnostics()).isNotEmpty().allSatisfy(d -> assertThat(d.id()).isEqualTo(Checks.REQUEST_FAILED));
  }
}
