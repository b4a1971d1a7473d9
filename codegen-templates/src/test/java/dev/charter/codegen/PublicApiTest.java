package dev.charter.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * OpenAPI Generator and swagger-parser stay implementation details: no public or protected
 * signature of this module names one of their types, so callers (the CLI, contract tests, a Maven
 * plugin) depend on charter's API only and the library can be upgraded or replaced behind it.
 */
class PublicApiTest {
  private static final List<String> HIDDEN = List.of("org.openapitools.", "io.swagger.");

  @Test
  void noPublicSignatureExposesOpenApiGeneratorOrSwaggerTypes() throws Exception {
    Path classes = Path.of("target/classes");
    List<String> leaks = new ArrayList<>();
    try (Stream<Path> s = Files.walk(classes.resolve("dev/charter/codegen"))) {
      for (Path p : s.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = classes.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", "");
        Class<?> c = Class.forName(name, false, getClass().getClassLoader());
        if (!Modifier.isPublic(c.getModifiers())) {
          continue;
        }
        for (Method m : c.getDeclaredMethods()) {
          if (visible(m.getModifiers()) && !m.isSynthetic()) {
            check(leaks, c, m.getName(), m.getGenericReturnType());
            for (Type t : m.getGenericParameterTypes()) {
              check(leaks, c, m.getName(), t);
            }
          }
        }
        for (Constructor<?> k : c.getDeclaredConstructors()) {
          if (visible(k.getModifiers())) {
            for (Type t : k.getGenericParameterTypes()) {
              check(leaks, c, "<init>", t);
            }
          }
        }
        for (Field f : c.getDeclaredFields()) {
          if (visible(f.getModifiers())) {
            check(leaks, c, f.getName(), f.getGenericType());
          }
        }
        if (c.getSuperclass() != null) {
          check(leaks, c, "extends", c.getGenericSuperclass());
        }
      }
    }
    assertThat(leaks).isEmpty();
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static void check(List<String> leaks, Class<?> owner, String member, Type type) {
    String text = type.getTypeName();
    for (String hidden : HIDDEN) {
      if (text.contains(hidden)) {
        leaks.add(owner.getName() + "." + member + ": " + text);
      }
    }
  }
}
