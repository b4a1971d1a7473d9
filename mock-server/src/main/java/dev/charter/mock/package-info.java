/** Spec-driven, validating HTTP mock server. */
package dev.charter.mock;
