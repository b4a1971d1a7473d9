/** Code generation on OpenAPI Generator, plus charter's own templates */
package dev.charter.codegen;
