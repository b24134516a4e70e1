package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;

/** A summarizer that traces only sampled requests, written with and without braces. */
public class RealisticIssue10ConditionalStart {
  interface Summarizer {
    String summarize(String document);
  }

  private final Tracer tracer;
  private final Summarizer summarizer;
  private final boolean verboseTracing;

  RealisticIssue10ConditionalStart(Tracer tracer, Summarizer summarizer, boolean verboseTracing) {
    this.tracer = tracer;
    this.summarizer = summarizer;
    this.verboseTracing = verboseTracing;
  }

  public String summarize(String document) {
    Span detail = null;
    if (verboseTracing)
      detail = tracer.spanBuilder("summarize.detail").startSpan(); // tracelint-expect: UnclosedTrace
    String summary = summarizer.summarize(document);
    if (detail != null) {
      detail.setAttribute("summary.length", summary.length());
      detail.end();
    }
    return summary;
  }

  public String summarizeGuarded(String document) {
    Span detail = null;
    if (verboseTracing)
      detail = tracer.spanBuilder("summarize.detail.guarded").startSpan();
    try {
      return summarizer.summarize(document);
    } finally {
      if (detail != null) {
        detail.end();
      }
    }
  }

  public String summarizeInside(String document) {
    Span detail = null;
    try {
      if (verboseTracing) {
        detail = tracer.spanBuilder("summarize.detail.inside").startSpan();
      }
      return summarizer.summarize(document);
    } finally {
      if (detail != null) detail.end();
    }
  }
}
