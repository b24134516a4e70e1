package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A retrieval agent whose spans are tagged by small private helpers. A helper that only annotates the span it is given
 * (attributes, events, status) keeps it to itself: the caller still owes the end, so a throwing call before the end
 * leaks the span exactly as if the attributes had been set inline.
 */
class RealisticAgentSpanAnnotatingHelpers {
  interface Retriever {
    List<String> search(String query, int k) throws IOException;
  }

  record Usage(int promptTokens, int completionTokens) {}

  private final Tracer tracer;
  private final Retriever retriever;
  private final List<Span> inFlight = new ArrayList<>();

  RealisticAgentSpanAnnotatingHelpers(Tracer tracer, Retriever retriever) {
    this.tracer = tracer;
    this.retriever = retriever;
  }

  private static void describeQuery(Span span, String query, int k) {
    span.setAttribute("retrieval.query.length", query.length());
    span.setAttribute("retrieval.k", k);
    span.addEvent("retrieval.start");
  }

  private void recordUsage(Span span, Usage usage) {
    if (span != null) {
      span.setAttribute("llm.usage.prompt_tokens", usage.promptTokens());
      span.setAttribute("llm.usage.completion_tokens", usage.completionTokens());
    }
  }

  private void markFailed(Span span, Exception failure) {
    span.recordException(failure);
    span.setStatus(StatusCode.ERROR);
  }

  private void remember(Span span) {
    inFlight.add(span);
  }

  private static void close(Span span, int hits) {
    span.setAttribute("retrieval.hits", hits);
    span.end();
  }

  List<String> flagsSearchAfterADescribingHelper(String query, int k) throws IOException {
    Span span = tracer.spanBuilder("retrieval.search").startSpan(); // tracelint-expect: UnclosedTrace
    describeQuery(span, query, k);
    List<String> hits = retriever.search(query, k);
    span.end();
    return hits;
  }

  List<String> flagsHelperInFinallyThatOnlyMarks(String query) throws IOException {
    Span span = tracer.spanBuilder("retrieval.marked").startSpan(); // tracelint-expect: UnclosedTrace
    try (Scope scope = span.makeCurrent()) {
      return retriever.search(query, 5);
    } catch (IOException e) {
      markFailed(span, e);
      throw e;
    }
  }

  String flagsUsageRecordedBeforeTheLastCall(String query, Usage usage) throws IOException {
    Span span = tracer.spanBuilder("retrieval.answer").startSpan(); // tracelint-expect: UnclosedTrace
    recordUsage(span, usage);
    String first = retriever.search(query, 1).get(0);
    span.end();
    return first;
  }

  List<String> acceptsDescribingHelperBeforeTheTry(String query, int k) throws IOException {
    Span span = tracer.spanBuilder("retrieval.search.safe").startSpan();
    describeQuery(span, query, k);
    try (Scope scope = span.makeCurrent()) {
      return retriever.search(query, k);
    } finally {
      span.end();
    }
  }

  List<String> acceptsMarkingHelperInACatchWithEndInFinally(String query) throws IOException {
    Span span = tracer.spanBuilder("retrieval.marked.safe").startSpan();
    try {
      return retriever.search(query, 5);
    } catch (IOException e) {
      markFailed(span, e);
      throw e;
    } finally {
      span.end();
    }
  }

  void acceptsAnnotationsThenEndWithNothingThrowingBetween(String query, Usage usage) {
    Span span = tracer.spanBuilder("retrieval.noted").startSpan();
    describeQuery(span, query, 3);
    recordUsage(span, usage);
    span.end();
  }

  List<String> acceptsSpanKeptByAHelperForLater(String query) throws IOException {
    Span span = tracer.spanBuilder("retrieval.tracked").startSpan();
    remember(span);
    return retriever.search(query, 2);
  }

  List<String> acceptsHelperThatEndsItInFinally(String query) throws IOException {
    Span span = tracer.spanBuilder("retrieval.closed").startSpan();
    int found = 0;
    try {
      List<String> hits = retriever.search(query, 4);
      found = hits.size();
      return hits;
    } finally {
      close(span, found);
    }
  }

  Map<String, Integer> acceptsSpanEndedBeforeAnythingThrows(String query, Usage usage) throws IOException {
    Span span = tracer.spanBuilder("retrieval.counted").startSpan();
    recordUsage(span, usage);
    span.end();
    return Map.of(query, retriever.search(query, 1).size());
  }
}
