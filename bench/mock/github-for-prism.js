// Prepares GitHub's REST description for the mock benchmark, the same copy for every server:
// Prism's reference resolver follows every "$ref" in the document, including the ones inside
// SCIM example values that name https://api.github.com/... resources, and fails without network
// access. Those keys (not references of the spec) are renamed; JSON.parse also settles the
// duplicate path key of this copy (the last one wins, as in charter).
const fs = require("fs");
const [from, to] = process.argv.slice(2);
const walk = (v) => {
  if (Array.isArray(v)) return v.map(walk);
  if (v && typeof v === "object") {
    const out = {};
    for (const [k, x] of Object.entries(v)) {
      const remote = k === "$ref" && typeof x === "string" && /^https?:/.test(x);
      out[remote ? "x-example-ref" : k] = walk(x);
    }
    return out;
  }
  return v;
};
fs.writeFileSync(to, JSON.stringify(walk(JSON.parse(fs.readFileSync(from, "utf8")))));
