package dev.charter.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Hostile clients, in a few seconds: thousands of malformed requests, oversized bodies and
 * headers, slow-loris connections, bodies nested without end and patterns that backtrack
 * catastrophically. Throughout, a well-behaved client keeps getting prompt answers, and memory
 * stays bounded.
 */
class AbuseTest {
  private static final MockLimits LIMITS = MockLimits.DEFAULT.withMaxBodyBytes(64 * 1024).withMaxHeaderBytes(8 * 1024)
      .withTimeouts(Duration.ofMillis(1000), Duration.ofMillis(1500), Duration.ofSeconds(5));

  @Test
  void theServerKeepsAnsweringWellFormedRequests() throws Exception {
    try (MockClient client = MockClient.start(MockClient.fixture("petstore.yaml").withLimits(LIMITS))) {
      int port = client.mock.port();
      AtomicBoolean running = new AtomicBoolean(true);
      AtomicInteger good = new AtomicInteger();
      AtomicInteger failed = new AtomicInteger();
      AtomicLong slowest = new AtomicLong();
      Thread wellBehaved = new Thread(() -> {
        while (running.get()) {
          long t = System.nanoTime();
          try {
            int status = client.get("/pets/1").status();
            if (status == 200) {
              good.incrementAndGet();
            } else {
              failed.incrementAndGet();
            }
          } catch (RuntimeException e) {
            failed.incrementAndGet();
          }
          slowest.accumulateAndGet(System.nanoTime() - t, Math::max);
          sleep(20);
        }
      });
      wellBehaved.start();
      long heapBefore = usedHeap();

      ExecutorService pool = Executors.newFixedThreadPool(8);
      try {
        List<Future<?>> work = new ArrayList<>();
        // slow loris: headers dribbled one byte at a time; the server must drop them
        List<Future<Long>> loris = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
          loris.add(pool.submit(() -> slowLoris(port)));
        }
        // a quick head, then a body dribbled in: the body deadline drops it
        loris.add(pool.submit(() -> slowBody(port)));
        // thousands of malformed requests
        for (int t = 0; t < 4; t++) {
          work.add(pool.submit(() -> {
            for (int i = 0; i < 500; i++) {
              malformed(port, i);
            }
            return null;
          }));
        }
        for (Future<?> f : work) {
          f.get(60, TimeUnit.SECONDS);
        }
        for (Future<Long> f : loris) {
          assertThat(f.get(30, TimeUnit.SECONDS)).as("slow client dropped (ms)").isLessThan(5000);
        }
      } finally {
        pool.shutdownNow();
      }

      // oversized body, oversized head, endless nesting, catastrophic patterns
      MockClient.Reply big = client.call("POST", "/echo").json("{'value':1,'pad':'" + "x".repeat(100_000) + "'}").send();
      assertThat(big.status()).isEqualTo(413);
      assertThat(big.json().get("type").asText()).endsWith("#body-too-large");
      assertThat(rawStatus(port, "GET /pets HTTP/1.1\r\nHost: x\r\nX-Big: " + "y".repeat(20_000) + "\r\n\r\n"))
          .isIn(0, 400, 413, 431);
      MockClient.Reply deep = client.call("POST", "/echo").json("[".repeat(20_000) + "]".repeat(20_000)).send();
      assertThat(deep.status()).isEqualTo(422);
      assertThat(deep.json().get("violations").get(0).get("message").asText()).contains("not valid JSON");
      String evil = "a".repeat(4000) + "!";
      for (int i = 0; i < 20; i++) {
        assertThat(client.call("POST", "/hostile").json("{'word':'" + evil + "','other':'" + evil + "'}").send().status())
            .isEqualTo(422);
      }

      running.set(false);
      wellBehaved.join(10_000);
      assertThat(failed.get()).as("failed well-formed requests").isZero();
      assertThat(good.get()).isGreaterThan(10);
      assertThat(Duration.ofNanos(slowest.get())).as("slowest well-formed request").isLessThan(Duration.ofSeconds(2));
      assertThat(usedHeap() - heapBefore).as("heap growth (bytes)").isLessThan(128L * 1024 * 1024);
      assertThat(client.get("/pets/1").status()).isEqualTo(200);
    }
  }

  private static void malformed(int port, int i) throws IOException {
    String[] garbage = {"GARBAGE\r\n\r\n", "GET /pets HTTP/9.9\r\n\r\n", "GET /pets\u0000 HTTP/1.1\r\nHost: x\r\n\r\n",
        "POST /pets HTTP/1.1\r\nContent-Length: -5\r\n\r\n", "GET / HTTP/1.1\r\nBad Header Line\r\n\r\n",
        "\r\n\r\n\r\n", "GET /pets HTTP/1.1\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\nzz\r\n"};
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.setSoTimeout(3000);
      s.getOutputStream().write(garbage[i % garbage.length].getBytes(StandardCharsets.ISO_8859_1));
      s.getOutputStream().flush();
      s.shutdownOutput();
      InputStream in = s.getInputStream();
      byte[] buf = new byte[1024];
      while (in.read(buf) >= 0) {
        // read until the server answers and closes
      }
    } catch (SocketTimeoutException e) {
      throw new AssertionError("the server neither answered nor closed a malformed request: " + garbage[i % 7], e);
    } catch (IOException e) {
      // connection reset: dropped, which is fine
    }
  }

  /** Sends a request head one byte every 200 ms; returns how long until the server closed the connection. */
  private static long slowLoris(int port) {
    byte[] head = ("GET /pets HTTP/1.1\r\nHost: x\r\nX-Slow: " + "z".repeat(200)).getBytes(StandardCharsets.ISO_8859_1);
    return dribble(port, new byte[0], head, 200);
  }

  /** Sends a POST head at once and its body one byte every 100 ms; returns how long until the server gave up. */
  private static long slowBody(int port) {
    byte[] head = "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 400\r\n\r\n"
        .getBytes(StandardCharsets.ISO_8859_1);
    return dribble(port, head, " ".repeat(400).getBytes(StandardCharsets.ISO_8859_1), 100);
  }

  /**
   * Sends {@code first} at once, then {@code slowly} one byte per {@code pauseMillis} (the time a
   * read waits for the server's answer), and stops when the server answers or closes; returns the
   * milliseconds that took.
   */
  private static long dribble(int port, byte[] first, byte[] slowly, int pauseMillis) {
    long start = System.nanoTime();
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.setSoTimeout(pauseMillis);
      OutputStream out = s.getOutputStream();
      out.write(first);
      for (byte b : slowly) {
        out.write(b);
        out.flush();
        try {
          if (s.getInputStream().read() < 0) {
            break;
          }
        } catch (SocketTimeoutException e) {
          continue;
        }
        break;
      }
    } catch (IOException e) {
      // reset by the server
    }
    return (System.nanoTime() - start) / 1_000_000;
  }

  /** The status of a raw request, or 0 when the server closed the connection without one. */
  private static int rawStatus(int port, String request) throws IOException {
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.setSoTimeout(5000);
      s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      s.getOutputStream().flush();
      byte[] buf = s.getInputStream().readNBytes(12);
      String line = new String(buf, StandardCharsets.ISO_8859_1);
      return line.startsWith("HTTP/1.1 ") ? Integer.parseInt(line.substring(9, 12)) : 0;
    } catch (IOException e) {
      return 0;
    }
  }

  private static long usedHeap() {
    Runtime r = Runtime.getRuntime();
    System.gc();
    return r.totalMemory() - r.freeMemory();
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
