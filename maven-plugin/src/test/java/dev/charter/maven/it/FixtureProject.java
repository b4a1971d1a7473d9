package dev.charter.maven.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A copy of a fixture project from {@code src/it/} that a real Maven builds: the Maven that runs
 * this build, on the same Java, with a local repository of its own ({@code target/it-repo}, where
 * invoker:install put charter's artifacts). Everything else the fixture needs is read from this
 * build's local repository, given to the fixture build as a file:// remote repository, so nothing
 * is installed into ~/.m2 and an offline build stays offline.
 */
final class FixtureProject {
  /** The longest a fixture build may take before it counts as hung. */
  private static final Duration BUILD_TIME_LIMIT = Duration.ofMinutes(8);

  private final Path dir;
  private final Path settings;

  private FixtureProject(Path dir, Path settings) {
    this.dir = dir;
    this.settings = settings;
  }

  /** What one Maven run did. */
  record Build(List<String> command, int exitCode, String log, Path logFile, Duration took) {
    boolean succeeded() {
      return exitCode == 0;
    }

    /** The log's end, for assertion messages. */
    String tail() {
      String[] lines = log.split("\\R");
      return String.join("\n", List.of(lines).subList(Math.max(0, lines.length - 80), lines.length));
    }

    @Override
    public String toString() {
      return String.join(" ", command) + " → exit " + exitCode + " in " + took.toSeconds() + " s (log: " + logFile
          + ")\n" + tail();
    }
  }

  /** Copies {@code src/it/<fixture>} to {@code target/it/<name>} (replacing an earlier copy), filling in versions. */
  static FixtureProject copy(String fixture, String name) throws Exception {
    Path source = Path.of(property("charter.it.fixtures")).resolve(fixture);
    Path work = Path.of(property("charter.it.work"));
    Path dir = work.resolve(name);
    deleteTree(dir);
    Map<String, String> tokens = tokens();
    try (Stream<Path> files = Files.walk(source)) {
      for (Path from : files.toList()) {
        Path to = dir.resolve(source.relativize(from).toString());
        if (Files.isDirectory(from)) {
          Files.createDirectories(to);
        } else if (from.getFileName().toString().equals("pom.xml")) {
          Files.writeString(to, fill(Files.readString(from), tokens));
        } else {
          Files.copy(from, to);
        }
      }
    }
    // A .mvn folder makes the fixture its own top folder: Maven would otherwise find charter's.
    Files.createDirectories(dir.resolve(".mvn"));
    Path settings = work.resolve("settings.xml");
    Files.writeString(settings, settingsXml(Path.of(property("charter.it.outerRepository"))));
    return new FixtureProject(dir, settings);
  }

  Path dir() {
    return dir;
  }

  Path file(String relative) {
    return dir.resolve(relative);
  }

  /** Runs {@code mvn -B -ntp ARGS} in the project and waits for it. */
  Build mvn(String logName, String... args) throws IOException, InterruptedException {
    Path mavenHome = Path.of(property("charter.it.mavenHome"));
    boolean windows = System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
    List<String> command = new ArrayList<>();
    command.add(mavenHome.resolve("bin").resolve(windows ? "mvn.cmd" : "mvn").toString());
    command.addAll(List.of("-B", "-ntp", "-Dstyle.color=never", "-s", settings.toString(),
        "-Dmaven.repo.local=" + property("charter.it.repository")));
    if (System.getProperty("charter.it.offline", "").equals("offline=true")) {
      // Offline like the build that runs the test; the file:// repository is still readable.
      command.addAll(List.of("-o", "-Daether.offline.protocols=file"));
    }
    command.addAll(List.of(args));
    Path logFile = dir.resolveSibling(dir.getFileName() + "-" + logName + ".log");
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(logFile.toFile());
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    pb.environment().remove("MAVEN_ARGS");
    // Maven itself starts fastest on C1; charter's work in these builds is short.
    pb.environment().put("MAVEN_OPTS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
    long start = System.nanoTime();
    Process process = pb.start();
    if (!process.waitFor(BUILD_TIME_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      process.waitFor();
      throw new AssertionError("the fixture build took longer than " + BUILD_TIME_LIMIT + ": " + command
          + " (log: " + logFile + ")");
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    return new Build(command, process.exitValue(), Files.readString(logFile, StandardCharsets.UTF_8), logFile, took);
  }

  private static String property(String name) {
    String value = System.getProperty(name);
    if (value == null) {
      throw new IllegalStateException("system property " + name + " is not set: run the ITs through failsafe (mvn verify)");
    }
    return value;
  }

  /**
   * The values the fixture poms use: charter's version, and the plugin versions and properties of
   * charter's parent pom, so the fixture builds with exactly what charter's build already resolved.
   */
  private static Map<String, String> tokens() throws Exception {
    Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(Path.of(property("charter.it.rootPom")).toFile());
    Map<String, String> properties = new LinkedHashMap<>();
    Element project = pom.getDocumentElement();
    for (Element props : children(project, "properties")) {
      NodeList list = props.getChildNodes();
      for (int i = 0; i < list.getLength(); i++) {
        if (list.item(i) instanceof Element e) {
          properties.put(e.getTagName(), e.getTextContent().trim());
        }
      }
    }
    Map<String, String> tokens = new LinkedHashMap<>(properties);
    for (Element build : children(project, "build")) {
      for (Element management : children(build, "pluginManagement")) {
        for (Element plugins : children(management, "plugins")) {
          for (Element plugin : children(plugins, "plugin")) {
            String artifactId = text(plugin, "artifactId");
            String version = text(plugin, "version");
            if (artifactId != null && version != null) {
              tokens.put(artifactId + ".version", resolve(version, properties));
            }
          }
        }
      }
    }
    tokens.put("charter.version", property("charter.version"));
    return tokens;
  }

  private static String resolve(String value, Map<String, String> properties) {
    String out = value;
    for (Map.Entry<String, String> p : properties.entrySet()) {
      out = out.replace("${" + p.getKey() + "}", p.getValue());
    }
    return out;
  }

  private static List<Element> children(Element parent, String tag) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(tag)) {
        out.add(e);
      }
    }
    return out;
  }

  private static String text(Element parent, String tag) {
    List<Element> found = children(parent, tag);
    return found.isEmpty() ? null : found.get(0).getTextContent().trim();
  }

  private static String fill(String template, Map<String, String> tokens) {
    String out = template;
    for (Map.Entry<String, String> t : tokens.entrySet()) {
      out = out.replace("@" + t.getKey() + "@", t.getValue());
    }
    int unknown = out.indexOf("@");
    while (unknown >= 0) {
      int end = out.indexOf('@', unknown + 1);
      if (end > unknown && out.substring(unknown + 1, end).matches("[A-Za-z0-9.-]+\\.version|charter\\.version")) {
        throw new IllegalStateException("the fixture pom names a version charter's pom does not have: "
            + out.substring(unknown, end + 1));
      }
      unknown = out.indexOf('@', unknown + 1);
    }
    return out;
  }

  /**
   * Settings for the fixture builds: this build's local repository as a read-only remote (releases
   * only: charter's snapshots come from target/it-repo, never from ~/.m2).
   */
  private static String settingsXml(Path outerRepository) {
    String url = outerRepository.toUri().toString();
    String repository = """
          <id>charter-build-local</id>
          <url>%s</url>
          <releases><enabled>true</enabled><updatePolicy>never</updatePolicy><checksumPolicy>ignore</checksumPolicy></releases>
          <snapshots><enabled>false</enabled></snapshots>
        """.formatted(url);
    return """
        <settings>
          <profiles>
            <profile>
              <id>charter-it</id>
              <repositories><repository>
        %s      </repository></repositories>
              <pluginRepositories><pluginRepository>
        %s      </pluginRepository></pluginRepositories>
            </profile>
          </profiles>
          <activeProfiles><activeProfile>charter-it</activeProfile></activeProfiles>
        </settings>
        """.formatted(repository, repository);
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
