import io.undertow.Undertow;
import io.undertow.util.Headers;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The baseline of bench/mock.sh: Undertow answering every request with a fixed JSON body, on the
 * I/O threads, as charter's mock does, but with no routing, validation or negotiation. A POST's
 * body is read before answering, as the mock must.
 */
public final class BareUndertow {
  public static void main(String[] args) {
    int port = Integer.parseInt(args[0]);
    byte[] get = "{\"id\":1,\"name\":\"Rex\",\"tag\":\"dog\",\"birth\":\"2020-01-01T00:00:00Z\",\"weight\":12.5}"
        .getBytes(StandardCharsets.UTF_8);
    byte[] post = "{\"id\":10,\"name\":\"Rex\",\"tag\":\"dog\",\"birth\":\"2020-01-01T00:00:00Z\",\"weight\":12.5}"
        .getBytes(StandardCharsets.UTF_8);
    ByteBuffer getBody = ByteBuffer.allocateDirect(get.length).put(get).flip().asReadOnlyBuffer();
    ByteBuffer postBody = ByteBuffer.allocateDirect(post.length).put(post).flip().asReadOnlyBuffer();
    Undertow.builder()
        .addHttpListener(port, "127.0.0.1")
        .setIoThreads(Runtime.getRuntime().availableProcessors())
        .setHandler(ex -> {
          if (ex.getRequestMethod().toString().equals("POST")) {
            ex.getRequestReceiver().receiveFullBytes((e, bytes) -> {
              e.setStatusCode(201);
              e.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
              e.getResponseSender().send(postBody.duplicate());
            });
          } else {
            ex.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
            ex.getResponseSender().send(getBody.duplicate());
          }
        })
        .build()
        .start();
  }
}
