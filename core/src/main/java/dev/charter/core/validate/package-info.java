/**
 * Structural validation of specs against the official JSON Schemas of their versions.
 *
 * <p>{@link dev.charter.core.validate.SpecValidator} is the entry point: {@code new
 * SpecValidator().validate(doc)} gives the findings of a loaded {@link
 * dev.charter.core.spec.SpecDocument} ({@code oas2-schema}, {@code oas3-schema}, {@code
 * asyncapi-schema}), and {@link dev.charter.core.validate.SpecValidator#rules()} their metadata.
 * {@link dev.charter.core.validate.SafeRegex} evaluates regular expressions from untrusted
 * documents without risk of hanging; use it wherever a spec's {@code pattern} is matched against
 * data.
 *
 * <p>{@link dev.charter.core.validate.InstanceValidator} checks JSON values (request and response
 * bodies, parameters, examples) against the schemas of a loaded spec, with each dialect's meaning,
 * and explains each violation at the member of the value and the schema keyword concerned.
 *
 * <p>The schemas are classpath resources under {@code charter/schemas/} (see its {@code NOTICE.md}
 * for sources and licenses); nothing is fetched from the network.
 */
package dev.charter.core.validate;
