package dev.tracelint.lsp;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A minimal language client for tests: starts the packaged server jar as a separate process and exchanges real
 * JSON-RPC messages with it over its standard input and output, framed with {@code Content-Length} headers as the
 * protocol says. Nothing of LSP4J is used on this side, so the test sees exactly the bytes an editor would.
 */
public final class LspProcess implements AutoCloseable {
  /** The jar under test: the build passes its path; see lsp/pom.xml. */
  public static Path serverJar() {
    String jar = System.getProperty("tracelint.lsp.jar");
    assertNotNull(jar, "system property tracelint.lsp.jar (set by failsafe in lsp/pom.xml)");
    return Path.of(jar);
  }

  private static final Gson GSON = new Gson();

  private final Process process;
  private final OutputStream toServer;
  private final BlockingQueue<JsonObject> fromServer = new LinkedBlockingQueue<>();
  private final List<JsonObject> seen = new ArrayList<>();
  private final Set<JsonObject> consumed = Collections.newSetFromMap(new IdentityHashMap<>());
  private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
  private int nextId = 1;

  public LspProcess(Path workingDirectory) throws IOException {
    process = new ProcessBuilder("java", "-jar", serverJar().toString())
        .directory(workingDirectory.toFile())
        .start();
    toServer = process.getOutputStream();
    Thread reader = new Thread(() -> readMessages(process.getInputStream()), "lsp-test-reader");
    reader.setDaemon(true);
    reader.start();
    Thread errors = new Thread(() -> {
      try {
        process.getErrorStream().transferTo(stderr);
      } catch (IOException e) {
        // the process ended
      }
    }, "lsp-test-stderr");
    errors.setDaemon(true);
    errors.start();
  }

  /** Sends a request and returns its id. */
  public synchronized int request(String method, Object params) throws IOException {
    int id = nextId++;
    JsonObject message = new JsonObject();
    message.addProperty("jsonrpc", "2.0");
    message.addProperty("id", id);
    message.addProperty("method", method);
    message.add("params", GSON.toJsonTree(params));
    send(message);
    return id;
  }

  public synchronized void notify(String method, Object params) throws IOException {
    JsonObject message = new JsonObject();
    message.addProperty("jsonrpc", "2.0");
    message.addProperty("method", method);
    if (params != null) {
      message.add("params", GSON.toJsonTree(params));
    }
    send(message);
  }

  /** The response to request {@code id}; fails the test after {@code timeout}. */
  public JsonObject response(int id, Duration timeout) throws InterruptedException {
    return await(message -> message.has("id") && !message.has("method") && message.get("id").getAsInt() == id,
        timeout, "response to request " + id);
  }

  /** The next {@code method} notification from the server that satisfies {@code test}. */
  public JsonObject notification(String method, Predicate<JsonObject> test, Duration timeout)
      throws InterruptedException {
    return await(message -> method.equals(stringOrNull(message, "method")) && !message.has("id")
        && test.test(message.getAsJsonObject("params")), timeout, method);
  }

  /** The params of the next diagnostics published for {@code uri} at {@code version}. */
  public JsonObject diagnostics(String uri, int version, Duration timeout) throws InterruptedException {
    return notification("textDocument/publishDiagnostics",
        params -> uri.equals(params.get("uri").getAsString())
            && params.has("version") && params.get("version").getAsInt() == version,
        timeout).getAsJsonObject("params");
  }

  /** Every message received so far, in order (those consumed by a wait included). */
  public synchronized List<JsonObject> received() {
    fromServer.drainTo(seen);
    return List.copyOf(seen);
  }

  private JsonObject await(Predicate<JsonObject> test, Duration timeout, String what) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (this) {
      for (JsonObject message : seen) {
        if (!consumed.contains(message) && test.test(message)) {
          consumed.add(message);
          return message;
        }
      }
    }
    while (true) {
      long left = deadline - System.nanoTime();
      JsonObject message = left > 0 ? fromServer.poll(left, TimeUnit.NANOSECONDS) : null;
      if (message == null) {
        throw new AssertionError("no " + what + " within " + timeout + "; received: " + received()
            + "\nserver stderr:\n" + stderr());
      }
      synchronized (this) {
        seen.add(message);
        if (test.test(message)) {
          consumed.add(message);
          return message;
        }
      }
    }
  }

  public Process process() {
    return process;
  }

  public String stderr() {
    synchronized (stderr) {
      return stderr.toString(StandardCharsets.UTF_8);
    }
  }

  private void send(JsonObject message) throws IOException {
    byte[] body = GSON.toJson(message).getBytes(StandardCharsets.UTF_8);
    toServer.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    toServer.write(body);
    toServer.flush();
  }

  private void readMessages(InputStream in) {
    try {
      while (true) {
        int length = -1;
        String header;
        while (!(header = readHeaderLine(in)).isEmpty()) {
          if (header.toLowerCase().startsWith("content-length:")) {
            length = Integer.parseInt(header.substring("content-length:".length()).trim());
          }
        }
        byte[] body = in.readNBytes(length);
        if (body.length < length) {
          return;
        }
        JsonElement message = JsonParser.parseString(new String(body, StandardCharsets.UTF_8));
        fromServer.add(message.getAsJsonObject());
      }
    } catch (IOException | RuntimeException e) {
      // the stream ended: the process exited
    }
  }

  private static String readHeaderLine(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    int c;
    while ((c = in.read()) != '\n') {
      if (c < 0) {
        throw new IOException("end of stream");
      }
      if (c != '\r') {
        line.append((char) c);
      }
    }
    return line.toString();
  }

  private static String stringOrNull(JsonObject object, String key) {
    return object.has(key) && object.get(key).isJsonPrimitive() ? object.get(key).getAsString() : null;
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
