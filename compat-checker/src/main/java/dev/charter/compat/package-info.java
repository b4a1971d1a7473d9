/** Semantic comparison of two versions of a spec, classified under semver. */
package dev.charter.compat;
