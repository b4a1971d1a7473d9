package dev.charter.maven;

import dev.charter.core.diag.Diagnostic;
import dev.charter.core.diag.Severity;
import dev.charter.core.spec.SpecDocument;
import dev.charter.core.spec.SpecLoadException;
import dev.charter.mock.CorsPolicy;
import dev.charter.mock.LogFormat;
import dev.charter.mock.MockOptions;
import dev.charter.mock.MockServer;
import dev.charter.mock.RunningMock;
import dev.charter.mock.SpecSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Starts charter's mock of an OpenAPI spec for the integration tests of this build ({@code charter
 * mock} in a build) and leaves it running until {@code mock-stop}. The address goes into project
 * properties, by default {@code charter.mock.url} (with the spec's server base path, as a generated
 * client or {@code charter:verify} wants it) and {@code charter.mock.port}, for failsafe's
 * {@code systemPropertyVariables} and for later goals.
 */
@Mojo(name = "mock-start", defaultPhase = LifecyclePhase.PRE_INTEGRATION_TEST, threadSafe = true)
public final class MockStartMojo extends CharterMojo {

  /** Skip this goal. {@code -Dcharter.skip} skips every charter goal; {@code -Dcharter.mock.skip} both mock goals. */
  @Parameter(property = "charter.mock.skip", defaultValue = "${charter.skip}")
  boolean skip;

  /** The OpenAPI spec to serve: a file or {@code REV:path}. Default: the only spec in {@code src/main/openapi}. */
  @Parameter(property = "charter.spec")
  String spec;

  /** Address to listen on. */
  @Parameter(defaultValue = "127.0.0.1")
  String host;

  /** Port to listen on; 0 picks a free one, which is what a build on a shared machine wants. */
  @Parameter(defaultValue = "0")
  int port;

  /** Answer with values generated from the schemas rather than the examples. */
  @Parameter(property = "charter.mock.dynamic", defaultValue = "false")
  boolean dynamic;

  /** Makes generated values reproducible: the same request gets the same body, on every run. */
  @Parameter(property = "charter.mock.seed")
  Long seed;

  /** Refuse bearer JWTs that have expired, are not yet valid or lack a required scope. */
  @Parameter(defaultValue = "false")
  boolean verifyJwt;

  /** Allow cross-origin requests from these origins only. Default: any origin. */
  @Parameter
  List<String> corsOrigins;

  /** Send no CORS headers and do not answer preflight requests. */
  @Parameter(defaultValue = "false")
  boolean noCors;

  /** Log each request in the build log: {@code text}, {@code json} or {@code none}. */
  @Parameter(property = "charter.mock.requestLog", defaultValue = "none")
  String requestLog;

  /** The project property that receives the mock's URL (with the spec's server base path). */
  @Parameter(defaultValue = "charter.mock.url")
  String urlProperty;

  /** The project property that receives the port the mock listens on. */
  @Parameter(defaultValue = "charter.mock.port")
  String portProperty;

  @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
  MojoExecution execution;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  MavenSession session;

  @Override
  String goal() {
    return "mock-start";
  }

  @Override
  String section() {
    return "mock";
  }

  @Override
  boolean skip() {
    return skip;
  }

  @Override
  void run() throws MojoExecutionException {
    String specArgument = oneSpec(spec);
    SpecDocument document = load(specArgument);
    LogFormat format;
    try {
      format = LogFormat.valueOf(requestLog.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("charter:mock-start: requestLog must be text, json or none, not '" + requestLog + "'");
    }
    MockOptions options = MockOptions.of(SpecSource.of(document))
        .withHost(host)
        .withPort(port)
        .withDynamic(dynamic)
        .withVerifyJwt(verifyJwt)
        .withCors(noCors ? CorsPolicy.DISABLED
            : corsOrigins == null || corsOrigins.isEmpty() ? CorsPolicy.ANY_ORIGIN : CorsPolicy.origins(corsOrigins))
        .withRequestLog(format, format == LogFormat.NONE ? null : new LogLines())
        .withEvents(message -> getLog().info(message));
    if (seed != null) {
      options = options.withSeed(seed);
    }
    RunningMock mock;
    try {
      mock = MockServer.start(options);
    } catch (SpecLoadException e) {
      throw Problems.inputError(goal(), e.problems(), basedir());
    } catch (IllegalArgumentException e) {
      throw Problems.inputError(goal(), List.of(new Diagnostic("mock-unsupported", Severity.ERROR, e.getMessage(),
          document.root().locate(""))), basedir());
    } catch (IOException e) {
      throw new MojoExecutionException("charter:mock-start: cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
    }
    RunningMocks mocks = RunningMocks.in(getPluginContext());
    mocks.add(execution.getExecutionId(), mock);
    StopMocksWhenBuildEnds.of(session, getLog()).watch(project, mocks);
    project.getProperties().setProperty(urlProperty, mock.serverUri().toString());
    project.getProperties().setProperty(portProperty, String.valueOf(mock.port()));
    String title = document.rootNode().get("info").flatMap(i -> i.text("title")).orElse(specArgument);
    getLog().info("charter:mock-start: serving " + title + " at " + mock.serverUri() + " (" + urlProperty + "), until "
        + "charter:mock-stop");
  }

  /** Request log lines, each to the build log as it completes. */
  private final class LogLines extends OutputStream {
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    @Override
    public synchronized void write(int b) {
      if (b == '\n') {
        getLog().info(line.toString(StandardCharsets.UTF_8));
        line.reset();
      } else {
        line.write(b);
      }
    }
  }
}
