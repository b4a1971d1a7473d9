package com.example.petstore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.example.petstore.api.PetsApi;
import com.example.petstore.client.ApiClient;
import com.example.petstore.client.ApiException;
import com.example.petstore.model.NewPet;
import com.example.petstore.model.Pet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A failsafe integration test of the kind a project writes: the client charter:generate made from
 * the spec, against the mock charter:mock-start serves from the same spec (its URL comes from the
 * charter.mock.url property, through failsafe's systemPropertyVariables).
 */
class PetstoreClientIT {

  private static PetsApi pets() {
    String url = System.getProperty("petstore.url");
    assertNotNull(url, "petstore.url (from ${charter.mock.url}) is not set");
    ApiClient client = new ApiClient();
    client.updateBaseUri(url);
    client.setRequestInterceptor(request -> request.header("Authorization", "Bearer test-token"));
    return new PetsApi(client);
  }

  @Test
  void listsThePetsOfTheSpecsExample() throws ApiException {
    List<Pet> listed = pets().listPets(10, null);

    assertEquals(2, listed.size());
    assertEquals("Rex", listed.get(0).getName());
  }

  @Test
  void addsAPet() throws ApiException {
    Pet added = pets().createPet(new NewPet().name("Polly").species(NewPet.SpeciesEnum.BIRD));

    assertNotNull(added);
  }
}
