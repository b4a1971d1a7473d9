package dev.charter.codegen.asyncapi;

import java.util.List;

/**
 * A Java type as the view model knows it: a JDK or library class, a generated type (by its path of
 * simple names, outermost first, inside the generated package), or a list or map of one.
 */
public sealed interface TypeRef {

  /** A class outside the generated package: {@code java.lang.String}, {@code com.fasterxml.jackson.databind.JsonNode}. */
  record External(String qualifiedName) implements TypeRef {}

  /** A generated type: {@code ["User", "Address"]} is the nested type {@code User.Address}. */
  record Generated(List<String> path) implements TypeRef {
    public Generated {
      path = List.copyOf(path);
    }

    public String simpleName() {
      return path.get(path.size() - 1);
    }
  }

  record ListOf(TypeRef element) implements TypeRef {}

  /** {@code Map<String, V>}. */
  record MapOf(TypeRef value) implements TypeRef {}

  TypeRef STRING = new External("java.lang.String");
  TypeRef JSON = new External("com.fasterxml.jackson.databind.JsonNode");

  /**
   * The canonical name Jackson's {@code TypeFactory.constructFromCanonical} reads, with {@code $}
   * for nested types: {@code java.util.List<com.example.User$Address>}.
   */
  default String canonical(String packageName) {
    if (this instanceof External e) {
      return e.qualifiedName();
    }
    if (this instanceof Generated g) {
      return packageName + "." + String.join("$", g.path());
    }
    if (this instanceof ListOf l) {
      return "java.util.List<" + l.element().canonical(packageName) + ">";
    }
    return "java.util.Map<java.lang.String," + ((MapOf) this).value().canonical(packageName) + ">";
  }
}
