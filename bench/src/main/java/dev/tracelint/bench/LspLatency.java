package dev.tracelint.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * The language server's latency as a user feels it: the time from a {@code didChange} to the diagnostics published
 * for that version, on a realistic file, after warm-up; and the server process's resident memory. The server runs
 * as a separate process ({@code java -jar}), driven through LSP4J's client side like an editor.
 *
 * <p>Each change alternates between the file as it is and the file with one log line edited so that a finding
 * disappears, and the count of diagnostics is checked at every step, so a run that analysed nothing cannot pass
 * for a fast one. The next change is sent only after the previous one's diagnostics arrived.
 *
 * <p>Usage: {@code LspLatency <server jar> <java file> <workspace dir> <warm-up changes> <measured changes>
 * [jvm option...]}. With a {@code pom.xml} in the workspace, measuring starts once the server has the Maven classpath.
 */
public final class LspLatency {
  private static final String SECRET_LOG = "log.info(\"calling model {} with key {}\", model.name(), apiKey);";
  private static final String MASKED_LOG = "log.info(\"calling model {}\", model.name());";
  private static final long TIMEOUT_SECONDS = 600;

  private final BlockingQueue<PublishDiagnosticsParams> diagnostics = new LinkedBlockingQueue<>();
  private final CompletableFuture<Void> classpathReady = new CompletableFuture<>();

  public static void main(String[] args) throws Exception {
    if (args.length < 5) {
      System.err.println("usage: LspLatency <server jar> <java file> <workspace dir> <warm-up> <measured> [jvm option...]");
      System.exit(2);
    }
    List<String> jvmOptions = List.of(args).subList(5, args.length);
    try {
      new LspLatency().run(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]),
          Integer.parseInt(args[4]), jvmOptions);
    } catch (Exception e) {
      e.printStackTrace();
      System.exit(1); // LSP4J's threads would keep the JVM alive
    }
  }

  private void run(Path jar, Path javaFile, Path workspace, int warmUps, int measured, List<String> jvmOptions)
      throws Exception {
    String original = Files.readString(javaFile, UTF_8);
    if (!original.contains(SECRET_LOG)) {
      throw new IllegalArgumentException(javaFile + " lacks the line the benchmark edits: " + SECRET_LOG);
    }
    String edited = original.replace(SECRET_LOG, MASKED_LOG);
    Path source = workspace.resolve("src/main/java/com/example/agent/service/AgentService.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, original, UTF_8);
    String uri = source.toUri().toString();
    boolean maven = Files.exists(workspace.resolve("pom.xml"));

    String loadBefore = loadAverage();
    List<String> command = new ArrayList<>(List.of("java"));
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
    Process server = new ProcessBuilder(command).directory(workspace.toFile())
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    Launcher<LanguageServer> launcher =
        LSPLauncher.createClientLauncher(new Client(), server.getInputStream(), server.getOutputStream());
    launcher.startListening();
    LanguageServer remote = launcher.getRemoteProxy();

    InitializeParams initialize = new InitializeParams();
    initialize.setProcessId((int) ProcessHandle.current().pid());
    initialize.setRootUri(workspace.toUri().toString());
    initialize.setCapabilities(new ClientCapabilities());
    remote.initialize(initialize).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    remote.initialized(new InitializedParams());
    long started = System.nanoTime();
    if (maven) {
      classpathReady.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      System.out.printf(Locale.ROOT, "Maven classpath ready after %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    remote.getTextDocumentService().didOpen(
        new DidOpenTextDocumentParams(new TextDocumentItem(uri, "java", 1, original)));
    int expectedOriginal = awaitDiagnostics(uri, 1).getDiagnostics().size();
    int version = 1;
    List<Double> latencies = new ArrayList<>();
    int expectedEdited = -1;
    for (int change = 0; change < warmUps + measured; change++) {
      version++;
      boolean toEdited = change % 2 == 0;
      long sent = System.nanoTime();
      remote.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
          new VersionedTextDocumentIdentifier(uri, version),
          List.of(new TextDocumentContentChangeEvent(toEdited ? edited : original))));
      int count = awaitDiagnostics(uri, version).getDiagnostics().size();
      double millis = (System.nanoTime() - sent) / 1e6;
      if (toEdited && expectedEdited < 0) {
        expectedEdited = count;
      }
      int expected = toEdited ? expectedEdited : expectedOriginal;
      if (count != expected || expectedEdited != expectedOriginal - 1) {
        throw new IllegalStateException("version " + version + ": " + count + " diagnostics, expected " + expected
            + " (the file has " + expectedOriginal + ", the edit removes one)");
      }
      if (change >= warmUps) {
        latencies.add(millis);
      }
    }
    String memory = memory(server.pid());

    remote.shutdown().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    remote.exit();
    server.waitFor(30, TimeUnit.SECONDS);

    Collections.sort(latencies);
    System.out.printf(Locale.ROOT, "file: %s, %d lines; mode: %s; server JVM options: %s%n", javaFile.getFileName(),
        original.lines().count(), maven ? "types from the Maven classpath" : "no types (no pom.xml)",
        jvmOptions.isEmpty() ? "(none)" : String.join(" ", jvmOptions));
    System.out.printf(Locale.ROOT, "diagnostics per version: %d and %d (alternating)%n", expectedOriginal,
        expectedEdited);
    System.out.printf(Locale.ROOT,
        "didChange -> publishDiagnostics over %d changes after %d warm-up: median %.1f ms, p90 %.1f ms, "
            + "min %.1f ms, max %.1f ms (includes the server's 100 ms quiet period)%n",
        latencies.size(), warmUps, percentile(latencies, 50), percentile(latencies, 90), latencies.get(0),
        latencies.get(latencies.size() - 1));
    System.out.println("server memory: " + memory);
    System.out.println("machine load average (1, 5, 15 min): before " + loadBefore + ", after " + loadAverage()
        + " on " + Runtime.getRuntime().availableProcessors() + " cores");
    System.exit(0);
  }

  private PublishDiagnosticsParams awaitDiagnostics(String uri, int version) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
    while (System.nanoTime() < deadline) {
      PublishDiagnosticsParams params = diagnostics.poll(1, TimeUnit.SECONDS);
      if (params != null && params.getUri().equals(uri) && params.getVersion() != null
          && params.getVersion() == version) {
        return params;
      }
    }
    throw new IllegalStateException("no diagnostics for version " + version + " within " + TIMEOUT_SECONDS + " s");
  }

  private static double percentile(List<Double> sorted, int percent) {
    int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
  }

  /** Other work on the machine inflates every figure: say how busy it was. */
  private static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg"), UTF_8).split(" ");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException e) {
      return "unknown";
    }
  }

  /** Resident and peak resident memory from {@code /proc} (Linux); "unknown" elsewhere. */
  private static String memory(long pid) {
    try {
      List<String> status = Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"), UTF_8);
      String rss = field(status, "VmRSS:");
      String peak = field(status, "VmHWM:");
      return "RSS " + rss + ", peak RSS " + peak;
    } catch (IOException e) {
      return "unknown (" + e.getMessage() + ")";
    }
  }

  private static String field(List<String> status, String name) {
    return status.stream().filter(line -> line.startsWith(name))
        .map(line -> {
          long kilobytes = Long.parseLong(line.substring(name.length()).replace("kB", "").trim());
          return String.format(Locale.ROOT, "%.0f MB", kilobytes / 1024.0);
        })
        .findFirst().orElse("?");
  }

  /** The editor side: collects diagnostics, notices when the Maven classpath is ready, answers politely. */
  private final class Client implements LanguageClient {
    @Override
    public void publishDiagnostics(PublishDiagnosticsParams params) {
      diagnostics.add(params);
    }

    @Override
    public void logMessage(MessageParams message) {
      if (message.getMessage().startsWith("tracelint: Maven classpath ready")) {
        classpathReady.complete(null);
      } else if (message.getMessage().startsWith("tracelint: Maven failed")) {
        classpathReady.completeExceptionally(new IllegalStateException(message.getMessage()));
      }
    }

    @Override
    public void showMessage(MessageParams message) {
      System.err.println("server says: " + message.getMessage());
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public void telemetryEvent(Object object) {}
  }
}
