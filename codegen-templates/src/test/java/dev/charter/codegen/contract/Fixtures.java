package dev.charter.codegen.contract;

import dev.charter.codegen.contract.runtime.ContractSpec;
import dev.charter.codegen.contract.runtime.Credentials;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** The specs the contract tests use, and the credentials the fixture servers accept. */
final class Fixtures {
  private Fixtures() {}

  static Path resource(String name) {
    try {
      return Path.of(Fixtures.class.getResource("/contract/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static ContractSpec inventory() {
    return ContractSpec.load(resource("inventory.yaml"));
  }

  /** What InventoryServer accepts: any bearer token, any API key. */
  static Credentials inventoryCredentials() {
    return Credentials.none().withBearer("test-token").withApiKey("key", "test-key");
  }
}
