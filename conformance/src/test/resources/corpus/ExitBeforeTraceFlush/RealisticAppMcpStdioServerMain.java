package corpus.exitbeforetraceflush;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * An MCP server over stdio, launched by a desktop client: it reads JSON-RPC lines until the client closes stdin.
 * The provider is closed in finally, whatever ended the loop.
 */
public class RealisticAppMcpStdioServerMain {
  static SpanExporter exporter() {
    return SpanExporter.composite();
  }

  static String handle(Tracer tracer, String message) {
    Span span = tracer.spanBuilder("mcp.message").setAttribute("mcp.message.chars", message.length()).startSpan();
    try {
      if (message.contains("\"method\":\"ping\"")) {
        return "{\"jsonrpc\":\"2.0\",\"result\":{}}";
      }
      return "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32601,\"message\":\"method not found\"}}";
    } finally {
      span.end();
    }
  }

  public static void main(String[] args) throws IOException {
    SdkTracerProvider provider = SdkTracerProvider.builder()
        .addSpanProcessor(BatchSpanProcessor.builder(exporter()).build())
        .build();
    Tracer tracer = provider.get("mcp-stdio");
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        out.println(handle(tracer, line));
      }
    } finally {
      provider.close();
    }
  }
}
