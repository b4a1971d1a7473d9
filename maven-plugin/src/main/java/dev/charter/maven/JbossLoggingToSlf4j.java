package dev.charter.maven;

import java.text.MessageFormat;
import java.util.Map;
import org.jboss.logging.Logger;
import org.jboss.logging.LoggerProvider;

/**
 * Sends what the mock server's HTTP engine (Undertow, XNIO) logs through JBoss Logging to SLF4J,
 * that is to Maven's log, where {@link LibraryLogging} keeps it quiet unless {@code -X}. Without
 * it, JBoss Logging picks java.util.logging inside Maven and prints "XNIO version …" on standard
 * error in every build that starts a mock.
 *
 * <p>JBoss Logging finds it through {@code META-INF/services} with the plugin's own class loader,
 * so only this plugin's copy of the library uses it: nothing is set for the rest of the build (the
 * command line sets the {@code org.jboss.logging.provider} system property instead, which it may).
 */
public final class JbossLoggingToSlf4j implements LoggerProvider {

  @Override
  public Logger getLogger(String name) {
    return new Slf4jLogger(name);
  }

  @Override
  public void clearMdc() {}

  @Override
  public Object putMdc(String key, Object value) {
    return null;
  }

  @Override
  public Object getMdc(String key) {
    return null;
  }

  @Override
  public void removeMdc(String key) {}

  @Override
  public Map<String, Object> getMdcMap() {
    return Map.of();
  }

  @Override
  public void clearNdc() {}

  @Override
  public String getNdc() {
    return "";
  }

  @Override
  public int getNdcDepth() {
    return 0;
  }

  @Override
  public String popNdc() {
    return "";
  }

  @Override
  public String peekNdc() {
    return "";
  }

  @Override
  public void pushNdc(String message) {}

  @Override
  public void setNdcMaxDepth(int maxDepth) {}

  private static final class Slf4jLogger extends Logger {
    private static final long serialVersionUID = 1L;
    private final transient org.slf4j.Logger target;

    Slf4jLogger(String name) {
      super(name);
      this.target = org.slf4j.LoggerFactory.getLogger(name);
    }

    @Override
    public boolean isEnabled(Level level) {
      return switch (level) {
        case FATAL, ERROR -> target.isErrorEnabled();
        case WARN -> target.isWarnEnabled();
        case INFO -> target.isInfoEnabled();
        case DEBUG -> target.isDebugEnabled();
        case TRACE -> target.isTraceEnabled();
      };
    }

    @Override
    protected void doLog(Level level, String loggerClassName, Object message, Object[] parameters, Throwable thrown) {
      if (isEnabled(level)) {
        String text = parameters == null || parameters.length == 0 ? String.valueOf(message)
            : MessageFormat.format(String.valueOf(message), parameters);
        write(level, text, thrown);
      }
    }

    @Override
    protected void doLogf(Level level, String loggerClassName, String format, Object[] parameters, Throwable thrown) {
      if (isEnabled(level)) {
        write(level, parameters == null ? format : String.format(format, parameters), thrown);
      }
    }

    private void write(Level level, String text, Throwable thrown) {
      switch (level) {
        case FATAL, ERROR -> target.error(text, thrown);
        case WARN -> target.warn(text, thrown);
        case INFO -> target.info(text, thrown);
        case DEBUG -> target.debug(text, thrown);
        case TRACE -> target.trace(text, thrown);
      }
    }
  }
}
