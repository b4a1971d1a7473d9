package dev.charter.mock.server;

import dev.charter.mock.LogFormat;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One log line per request (method, path, status, latency, validation outcome), formatted and
 * written by a background thread so that a request never waits for the terminal. When the writer
 * falls behind by more than the queue holds, lines are dropped and counted rather than slowing the
 * server; the count is logged when the writer catches up.
 */
final class RequestLog implements AutoCloseable {
  private static final int CAPACITY = 1 << 16;

  private final LogFormat format;
  private final OutputStream out;
  private final BlockingQueue<Entry> queue;
  private final AtomicLong dropped = new AtomicLong();
  private final Thread writer;
  private volatile boolean closed;

  /** One request, as recorded on the request path: nothing is formatted there. */
  record Entry(long epochMillis, String method, String path, int status, long nanos, String outcome) {}

  RequestLog(LogFormat format, OutputStream out) {
    this.format = out == null ? LogFormat.NONE : format;
    this.out = out == null ? null : new BufferedOutputStream(out, 64 * 1024);
    this.queue = this.format == LogFormat.NONE ? null : new ArrayBlockingQueue<>(CAPACITY);
    if (this.queue != null) {
      this.writer = new Thread(this::drain, "charter-mock-log");
      this.writer.setDaemon(true);
      this.writer.start();
    } else {
      this.writer = null;
    }
  }

  boolean enabled() {
    return queue != null;
  }

  void record(String method, String path, int status, long nanos, String outcome) {
    if (queue != null && !queue.offer(new Entry(System.currentTimeMillis(), method, path, status, nanos, outcome))) {
      dropped.incrementAndGet();
    }
  }

  private void drain() {
    List<Entry> batch = new ArrayList<>(4096);
    StringBuilder sb = new StringBuilder(256);
    while (!closed || !queue.isEmpty()) {
      try {
        Entry first = queue.poll(200, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
        queue.drainTo(batch, 4095);
        for (Entry e : batch) {
          sb.setLength(0);
          format(e, sb);
          out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        }
        batch.clear();
        long lost = dropped.getAndSet(0);
        if (lost > 0) {
          out.write(("charter mock: " + lost + " request log lines dropped (the log could not keep up)\n")
              .getBytes(StandardCharsets.UTF_8));
        }
        if (queue.isEmpty()) {
          out.flush();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (IOException e) {
        // the log stream is gone (closed terminal): keep serving, stop logging
        return;
      }
    }
  }

  private void format(Entry e, StringBuilder sb) {
    String ms = String.format(java.util.Locale.ROOT, "%.2f", e.nanos() / 1_000_000.0);
    if (format == LogFormat.JSON) {
      sb.append("{\"time\":\"").append(Instant.ofEpochMilli(e.epochMillis())).append("\",\"method\":\"")
          .append(e.method()).append("\",\"path\":");
      quote(e.path(), sb);
      sb.append(",\"status\":").append(e.status()).append(",\"ms\":").append(ms).append(",\"outcome\":");
      quote(e.outcome(), sb);
      sb.append("}\n");
    } else {
      sb.append(Instant.ofEpochMilli(e.epochMillis())).append(' ').append(e.method()).append(' ')
          .append(printable(e.path())).append(' ').append(e.status()).append(' ').append(ms).append("ms ")
          .append(e.outcome()).append('\n');
    }
  }

  /** Control characters from a request path never reach the terminal as themselves. */
  private static String printable(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok = c >= 0x20 && c != 0x7f;
      if (!ok && sb == null) {
        sb = new StringBuilder(s.length() + 8).append(s, 0, i);
      }
      if (sb != null) {
        sb.append(ok ? String.valueOf(c) : String.format("\\x%02x", (int) c));
      }
    }
    return sb == null ? s : sb.toString();
  }

  private static void quote(String s, StringBuilder sb) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    sb.append('"');
  }

  @Override
  public void close() {
    closed = true;
    if (writer != null) {
      try {
        writer.join(2000);
        out.flush();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (IOException e) {
        // nothing more can be written
      }
    }
  }
}
