/**
 * Contract tests: the one engine behind {@code charter verify} and {@code charter generate tests}.
 *
 * <p>{@link dev.charter.codegen.contract.CaseDeriver} turns each operation into cases (examples,
 * seeded generated requests, requests that break the spec in one confirmed way, a request without
 * credentials); {@link dev.charter.codegen.contract.ParameterSerializer} and {@link
 * dev.charter.codegen.contract.BodyEncoder} write them as a server reads them. {@code verify} sends
 * them ({@link dev.charter.codegen.contract.ContractRunner}, {@link dev.charter.codegen.contract.Verifier});
 * {@code generate tests} writes each as a JUnit test ({@link
 * dev.charter.codegen.contract.ContractTestsGenerator}, {@link dev.charter.codegen.contract.TestSourceWriter}).
 *
 * <p>Why here and not in core: the derivation needs nothing of OpenAPI Generator, but it is a
 * generator's input, and generated tests must not depend on it at run time; what they do need at
 * run time, sending a request and checking its response, is {@link dev.charter.codegen.contract.runtime},
 * which depends only on the JDK, Jackson and charter-core, is compiled here for {@code verify} and is
 * copied as source into every generated project. Both frontends therefore run the same checks, called
 * in the same order ({@link dev.charter.codegen.contract.CaseChecks} is what the generated test
 * methods spell out), and reach the same verdict on the same exchange.
 */
package dev.charter.codegen.contract;
