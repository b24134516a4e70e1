package com.example.agent.blockingingestonrequestpath;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The corrected twin: the handler ends its span and answers; the batch span processor exports on its own thread. Where
 * an early export is wanted, it is requested without waiting, and its outcome is only counted.
 */
@RestController
public class BlockingIngestOnRequestPathFixed {
  private final SdkTracerProvider tracerProvider;
  private final Tracer tracer;
  private final AtomicLong failedExports = new AtomicLong();

  public BlockingIngestOnRequestPathFixed(SdkTracerProvider tracerProvider) {
    this.tracerProvider = tracerProvider;
    this.tracer = tracerProvider.get("agent-app");
  }

  @PostMapping("/agent/ask")
  public String ask(@RequestBody String question) {
    Span span = tracer.spanBuilder("agent.ask").startSpan();
    try {
      return answer(question);
    } finally {
      span.end();
    }
  }

  @PostMapping("/agent/feedback")
  public String feedback(@RequestBody String rating) {
    Span span = tracer.spanBuilder("agent.feedback").startSpan();
    try {
      span.setAttribute("agent.feedback.length", rating.length());
    } finally {
      span.end();
    }
    exportNow();
    return "thanks";
  }

  private void exportNow() {
    CompletableResultCode export = tracerProvider.forceFlush();
    export.whenComplete(() -> {
      if (!export.isSuccess()) {
        failedExports.incrementAndGet();
      }
    });
  }

  private static String answer(String question) {
    return "You asked: " + question.strip();
  }
}
