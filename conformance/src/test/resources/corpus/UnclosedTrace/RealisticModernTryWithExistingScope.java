package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Java 9+ try-with-resources on an existing variable (`try (scope)`), several resources in one try, and a
 * multi-catch that records the failure before the finally ends the span.
 */
public class RealisticModernTryWithExistingScope {
  interface Embedder {
    float[] embed(String line) throws IOException;
  }

  private final Tracer tracer;
  private final Embedder embedder;

  public RealisticModernTryWithExistingScope(Tracer tracer, Embedder embedder) {
    this.tracer = tracer;
    this.embedder = embedder;
  }

  public List<float[]> embedDocument(String document) throws IOException {
    Span span = tracer.spanBuilder("embed.document").startSpan();
    Scope scope = span.makeCurrent();
    try (scope; var reader = new BufferedReader(new StringReader(document))) {
      List<float[]> vectors = new ArrayList<>();
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank()) {
          vectors.add(embedder.embed(line));
        }
      }
      span.setAttribute("lines", vectors.size());
      return vectors;
    } catch (IOException | IllegalStateException e) {
      span.recordException(e);
      throw e;
    } finally {
      span.end();
    }
  }

  public float[] embedUnderParent(Context parent, String text) throws IOException {
    Span span = tracer.spanBuilder("embed").setParent(parent).startSpan();
    try (Scope outer = parent.makeCurrent();
        Scope inner = span.makeCurrent()) {
      return embedder.embed(text);
    } finally {
      span.end();
    }
  }

  public float[] embedWithScopeOnlyInResources(String text) throws IOException {
    Span span = tracer.spanBuilder("embed.leaky").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    try (Scope scope = span.makeCurrent()) {
      float[] vector = embedder.embed(text);
      span.end();
      return vector;
    }
  }
}
