package dev.charter.maven;

import dev.charter.core.spec.SpecDocument;
import dev.charter.core.spec.SpecFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * What a generation was made from, as one SHA-256: charter's version, the options, the content of
 * every file of the spec (the root and every file its {@code $ref}s reach) and of the template
 * folder. The generate goal keeps it in {@code target/} and generates again only when it changes.
 */
final class GenerationStamp {
  private final String hash;

  private GenerationStamp(String hash) {
    this.hash = hash;
  }

  static GenerationStamp of(String charterVersion, Map<String, String> options, SpecDocument spec,
      Optional<Path> templates) throws MojoExecutionException {
    MessageDigest digest = sha256();
    update(digest, "charter " + charterVersion);
    options.forEach((k, v) -> update(digest, k + "=" + v));
    for (SpecFile file : spec.files().stream().sorted(Comparator.comparing(SpecFile::name)).toList()) {
      update(digest, "spec " + file.name());
      digest.update(file.bytes());
    }
    if (templates.isPresent() && Files.isDirectory(templates.get())) {
      try (Stream<Path> files = Files.walk(templates.get())) {
        List<Path> sorted = files.filter(Files::isRegularFile).sorted().toList();
        for (Path p : sorted) {
          update(digest, "template " + templates.get().relativize(p).toString().replace('\\', '/'));
          digest.update(Files.readAllBytes(p));
        }
      } catch (IOException e) {
        throw new MojoExecutionException("charter:generate: cannot read templates " + templates.get() + ": " + e.getMessage(), e);
      }
    }
    return new GenerationStamp(HexFormat.of().formatHex(digest.digest()));
  }

  boolean matches(Path file) throws MojoExecutionException {
    try {
      return Files.readString(file, StandardCharsets.UTF_8).trim().equals(hash);
    } catch (NoSuchFileException e) {
      return false;
    } catch (IOException e) {
      throw new MojoExecutionException("charter:generate: cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  void write(Path file) throws MojoExecutionException {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, hash + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new MojoExecutionException("charter:generate: cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  private static void update(MessageDigest digest, String text) {
    digest.update(text.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
