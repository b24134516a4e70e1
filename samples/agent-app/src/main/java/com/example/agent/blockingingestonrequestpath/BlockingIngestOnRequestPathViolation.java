package com.example.agent.blockingingestonrequestpath;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.util.concurrent.TimeUnit;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * An agent endpoint that makes every user wait for the trace collector: "make sure the trace is visible before we
 * answer". When the collector is slow, every answer is slow; when it is down, every answer waits for the timeout.
 */
@RestController
public class BlockingIngestOnRequestPathViolation {
  private final SdkTracerProvider tracerProvider;
  private final Tracer tracer;

  public BlockingIngestOnRequestPathViolation(SdkTracerProvider tracerProvider) {
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
      tracerProvider.forceFlush().join(10, TimeUnit.SECONDS); // tracelint-expect: BlockingIngestOnRequestPath
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
    exportNow(); // tracelint-expect: BlockingIngestOnRequestPath
    return "thanks";
  }

  private void exportNow() {
    CompletableResultCode export = tracerProvider.forceFlush();
    export.join(5, TimeUnit.SECONDS);
  }

  private static String answer(String question) {
    return "You asked: " + question.strip();
  }
}
