package dev.charter.codegen.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The files charter wrote into an output folder, with a SHA-256 of what it wrote, kept in {@value
 * #PATH}. A file may be replaced only while it is listed here and still has that content; anything
 * else is the user's. Files listed in OpenAPI Generator's own {@code .openapi-generator/FILES} (a
 * folder generated before with its CLI or Maven plugin) also count as generated, without a hash,
 * because that is the contract OpenAPI Generator's users know.
 */
public final class Manifest {
  public static final String PATH = ".charter/generated-files";
  static final String OPENAPI_GENERATOR_FILES = ".openapi-generator/FILES";
  private static final String HEADER = "# Files charter generate wrote in this folder, with the SHA-256 of what it wrote.\n"
      + "# charter replaces a file only while it is listed here and unchanged; edit freely, it will then ask for --force.\n";

  /** Path → hash; an empty hash when only OpenAPI Generator's list names the file. */
  private final Map<OutputPath, String> entries;

  private Manifest(Map<OutputPath, String> entries) {
    this.entries = entries;
  }

  public static Manifest empty() {
    return new Manifest(new TreeMap<>());
  }

  /** Reads the manifest of {@code outputDir}; lines that are not well-formed are skipped. */
  public static Manifest read(Path outputDir) throws IOException {
    Map<OutputPath, String> entries = new TreeMap<>();
    Path oag = outputDir.resolve(OPENAPI_GENERATOR_FILES);
    if (Files.isRegularFile(oag, LinkOption.NOFOLLOW_LINKS)) {
      for (String line : Files.readAllLines(oag, StandardCharsets.UTF_8)) {
        String p = line.strip();
        if (!p.isEmpty() && !p.startsWith("#") && OutputPath.problem(p).isEmpty()) {
          entries.put(OutputPath.of(p), "");
        }
      }
    }
    Path own = outputDir.resolve(PATH);
    if (Files.isRegularFile(own, LinkOption.NOFOLLOW_LINKS)) {
      for (String line : Files.readAllLines(own, StandardCharsets.UTF_8)) {
        if (line.startsWith("#") || line.length() < 67 || line.charAt(64) != ' ' || line.charAt(65) != ' ') {
          continue;
        }
        String hash = line.substring(0, 64);
        String p = line.substring(66);
        if (hash.chars().allMatch(c -> Character.digit(c, 16) >= 0) && OutputPath.problem(p).isEmpty()) {
          entries.put(OutputPath.of(p), hash);
        }
      }
    }
    return new Manifest(entries);
  }

  public boolean lists(OutputPath path) {
    return entries.containsKey(path);
  }

  /** The hash charter recorded for {@code path}; empty when unknown or not listed. */
  public Optional<String> hash(OutputPath path) {
    String h = entries.get(path);
    return h == null || h.isEmpty() ? Optional.empty() : Optional.of(h);
  }

  /** This manifest with {@code written} added or updated. Entries of files no longer generated stay. */
  public Manifest with(Map<OutputPath, String> written) {
    Map<OutputPath, String> next = new TreeMap<>(entries);
    next.putAll(written);
    next.entrySet().removeIf(e -> e.getValue().isEmpty());
    return new Manifest(next);
  }

  public byte[] render() {
    StringBuilder sb = new StringBuilder(HEADER);
    entries.forEach((p, h) -> {
      if (!h.isEmpty()) {
        sb.append(h).append("  ").append(p.value()).append('\n');
      }
    });
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  public static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
