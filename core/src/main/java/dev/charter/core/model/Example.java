package dev.charter.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.core.spec.SpecNode;
import java.util.Optional;

/**
 * One example value: from {@code example}, an entry of {@code examples} (with its name), or a
 * Swagger 2.0 response example by media type. {@code value} is empty for an {@code externalValue}.
 */
public record Example(Optional<String> name, Optional<JsonNode> value, Optional<String> externalValue, SpecNode node) {}
