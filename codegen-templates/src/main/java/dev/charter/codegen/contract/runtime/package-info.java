/**
 * What a contract test needs while it runs: the request ({@link dev.charter.codegen.contract.runtime.ApiRequest}),
 * a client that adds credentials and sends only to the server under test ({@link
 * dev.charter.codegen.contract.runtime.ContractClient}), and the checks of the response ({@link
 * dev.charter.codegen.contract.runtime.Checks}). Only the JDK, Jackson and charter-core are used:
 * {@code charter generate tests} copies these classes as source into the generated project (into its
 * {@code support} package), and {@code charter verify} runs the compiled ones, so both run the same
 * code. Nothing here may import another charter package.
 */
package dev.charter.codegen.contract.runtime;
