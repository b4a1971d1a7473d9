/**
 * {@code charter generate}: code, models and docs from one spec, written safely.
 *
 * <p>{@link dev.charter.codegen.Generator} is the entry point. It takes a {@link
 * dev.charter.codegen.GenerationRequest} (a loaded spec, a {@link dev.charter.codegen.FileGenerator},
 * an output folder and {@link dev.charter.codegen.WriteOptions}), checks the spec, lets the file
 * generator write into a private staging folder, and hands what it wrote to {@link
 * dev.charter.codegen.output.OutputWriter}, which applies the safety rules (paths stay inside the
 * output folder, {@code .openapi-generator-ignore}, the manifest of files charter wrote, dry runs, all
 * or nothing). File generators never touch the output folder themselves.
 *
 * <p>File generators: {@link dev.charter.codegen.openapigenerator.OpenApiGeneratorRun} (every OpenAPI
 * Generator generator), {@link dev.charter.codegen.asyncapi.AsyncApiModelGenerator} (Java models and
 * channel interfaces for AsyncAPI) and {@link dev.charter.codegen.docs.DocsPageGenerator} (one
 * self-contained HTML reference). charter's own generators build an immutable view model in one
 * pure pass and render it (Java through JavaPoet, HTML through {@link dev.charter.codegen.docs.Html}).
 */
package dev.charter.codegen;
