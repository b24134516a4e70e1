package corpus.exitbeforetraceflush;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;

/** A terminal chat with an agent: one span per turn, the provider closed when the user quits. */
public class RealisticAgentChatRepl {
  static String reply(Tracer tracer, String line) {
    Span span = tracer.spanBuilder("chat.turn").setAttribute("input.length", line.length()).startSpan();
    try {
      return "echo: " + line;
    } finally {
      span.end();
    }
  }

  /** "/quit" returns from main inside the loop, past the close after it. */
  public static class Repl {
    public static void main(String[] args) throws IOException { // tracelint-expect: ExitBeforeTraceFlush -- 'tracerProvider'
      SdkTracerProvider tracerProvider = SdkTracerProvider.builder().build();
      Tracer tracer = tracerProvider.get("chat");
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
      String line;
      while ((line = in.readLine()) != null) {
        if ("/quit".equals(line.trim())) {
          return;
        }
        System.out.println(reply(tracer, line));
      }
      tracerProvider.close();
    }
  }

  /** "/quit" breaks out of the loop; the close runs in finally whatever happens. */
  public static class ReplBreaking {
    public static void main(String[] args) throws IOException {
      SdkTracerProvider tracerProvider = SdkTracerProvider.builder().build();
      try {
        Tracer tracer = tracerProvider.get("chat");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        String line;
        while ((line = in.readLine()) != null) {
          if ("/quit".equals(line.trim())) {
            break;
          }
          System.out.println(reply(tracer, line));
        }
      } finally {
        tracerProvider.close();
      }
    }
  }
}
