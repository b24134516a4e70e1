package com.example.agent.service;

import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An LLM agent service: plans a task, calls tools and the model with tracing around every step, retries flaky calls
 * and logs what it does. Written for the language server's latency benchmark: the shapes and the size of real
 * service code, with a few of the mistakes tracelint reports.
 *
 * <p>Thread-safe: conversations synchronize on themselves, counters are atomic.
 */
public class AgentService implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(AgentService.class);
  private static final AttributeKey<String> TOOL = AttributeKey.stringKey("agent.tool");
  private static final AttributeKey<Long> ATTEMPT = AttributeKey.longKey("agent.attempt");
  private static final AttributeKey<String> MODEL = AttributeKey.stringKey("gen_ai.request.model");
  private static final int MAX_ATTEMPTS = 4;
  private static final Duration FIRST_BACKOFF = Duration.ofMillis(200);

  private final Tracer tracer;
  private final ModelClient model;
  private final ToolClient tools;
  private final String apiKey;
  private final ExecutorService workers = Executors.newFixedThreadPool(4);
  private final Map<String, Conversation> conversations = new ConcurrentHashMap<>();
  private final AtomicLong requests = new AtomicLong();

  public AgentService(OpenTelemetry openTelemetry, ModelClient model, ToolClient tools, String apiKey) {
    this.tracer = openTelemetry.getTracer("com.example.agent", "1.4.2");
    this.model = model;
    this.tools = tools;
    this.apiKey = apiKey;
  }

  /** Answers one user message: plans, runs the tools the plan asks for, and asks the model for the final answer. */
  public Answer handle(String conversationId, String message) {
    long request = requests.incrementAndGet();
    Span span = tracer.spanBuilder("agent.handle")
        .setSpanKind(SpanKind.SERVER)
        .setAttribute("agent.request", request)
        .startSpan();
    try (Scope ignored = span.makeCurrent()) {
      Conversation conversation = conversations.computeIfAbsent(conversationId, Conversation::new);
      conversation.add("user", message);
      Plan plan = plan(conversation);
      List<ToolResult> results = new ArrayList<>();
      for (Step step : plan.steps()) {
        results.add(runStep(step));
      }
      String reply = complete(conversation, results);
      conversation.add("assistant", reply);
      log.info("conversation {} answered in {} steps", conversationId, plan.steps().size());
      return new Answer(reply, results);
    } catch (RuntimeException e) {
      span.recordException(e);
      span.setStatus(StatusCode.ERROR);
      throw e;
    } finally {
      span.end();
    }
  }

  private Plan plan(Conversation conversation) {
    Span span = tracer.spanBuilder("agent.plan").startSpan();
    try (Scope ignored = span.makeCurrent()) {
      String prompt = "Plan the tools to call for: " + conversation.last();
      String raw = callModelWithRetry(prompt);
      Plan plan = Plan.parse(raw);
      span.setAttribute("agent.plan.steps", plan.steps().size());
      return plan;
    } finally {
      span.end();
    }
  }

  private ToolResult runStep(Step step) {
    switch (step.tool()) {
      case "search":
        return search(step.argument());
      case "fetch":
        return fetch(step.argument());
      case "summarize":
        return summarize(step.argument());
      case "translate":
        return translate(step.argument());
      case "calculate":
        return calculate(step.argument());
      case "lookup":
        return lookup(step.argument());
      case "weather":
        return weather(step.argument());
      case "calendar":
        return calendar(step.argument());
      default:
        log.warn("unknown tool {} in plan", step.tool());
        return ToolResult.failed(step.tool(), "unknown tool");
    }
  }

  private ToolResult search(String argument) {
    Span span = tracer.spanBuilder("agent.tool.search")
        .setSpanKind(SpanKind.CLIENT)
        .setAllAttributes(Attributes.of(TOOL, "search"))
        .startSpan();
    try (Scope ignored = span.makeCurrent()) {
      Instant started = Instant.now();
      String output = callToolWithRetry("search", argument);
      long millis = Duration.between(started, Instant.now()).toMillis();
      log.debug("tool search took {} ms for {} characters", millis, output.length());
      if (output.isBlank()) {
        span.addEvent("agent.tool.empty");
        return ToolResult.failed("search", "empty output");
      }
      return ToolResult.ok("search", output);
    } catch (ToolException e) {
      span.recordException(e);
      span.setStatus(StatusCode.ERROR, e.getMessage());
      log.warn("tool search failed: {}", e.getMessage());
      return ToolResult.failed("search", e.getMessage());
    } finally {
      span.end();
    }
  }

  private ToolResult fetch(String argument) {
    Span span = tracer.spanBuilder("agent.tool.fetch")
        .setSpanKind(SpanKind.CLIENT)
        .setAllAttributes(Attributes.of(TOOL, "fetch"))
        .startSpan();
    try (Scope ignored = span.makeCurrent()) {
      Instant started = Instant.now();
      String output = callToolWithRetry("fetch", argument);
      long millis = Duration.between(started, Instant.now()).toMillis();
      log.debug("tool fetch took {} ms for {} characters", millis, output.length());
      if (output.isBlank()) {
        span.addEvent("agent.tool.empty");
        return ToolResult.failed("fetch", "empty output");
      }
      return ToolResult.ok("fetch", output);
    } catch (ToolException e) {
      span.recordException(e);
      span.setStatus(StatusCode.ERROR, e.getMessage());
      log.warn("tool fetch failed: {}", e.getMessage());
      return ToolResult.failed("fetch", e.getMessage());
    } finally {
      span.end();
    }
  }

  private ToolResult summarize(String argument) {
    Span span = tracer.spanBuilder("agent.tool.summarize")
        .setSpanKind(SpanKind.CLIENT)
        .setAllAttributes(Attributes.of(TOOL, "summarize"))
        .startSpan();
    try (Scope ignored = span.makeCurrent()) {
      Instant started = Instant.now();
      String output = callToolWithRetry("summarize", argument);
      long millis = Duration.between(started, Instant.now()).toMillis();
      log.debug("tool summarize took {} ms for {} characters", millis, output.length());
      if (output.isBlank()) {
        span.addEvent("agent.tool.empty");
        return ToolResult.failed("summarize", "empty output");
      }
      return ToolResult.ok("summarize", output);
    } catch (ToolException e) {
      span.recordException(e);
      span.setStatus(StatusCode.ERROR, e.getMessage());
      log.warn("tool summarize failed: {}", e.getMessage());
      return ToolResult.failed("summarize", e.getMessage());
    } finally {
      span.end();
    }
  }

  private ToolResult translate(String argument) {
    Span span = tracer.spanBuilder("agent.tool.translate")
        .setSpanKind(SpanKind.CLIENT)
        .setAllAttributes(Attributes.of(TOOL, "translate"))
        .startSpan();
    try (Scope ignored = span.makeCurrent()) {
      Instant started = Instant.now();
      String output = callToolWithRetry("translate", argument);
      long millis = Duration.between(started, Instant.now()).toMillis();
      log.debug("tool translate took {} ms for {} characters", millis, output.length());
      if (output.isBlank()) {
        span.addEvent("agent.tool.empty");
        return ToolResult.failed("translate", "empty output");
      }
      return ToolResult.ok("translate", output);
    } catch (ToolException e) {
      span.recordException(e);
      span.setStatus(StatusCode.ERROR, e.getMessage());
      log.warn("tool translate failed: {}", e.getMessage());
      return ToolResult.failed("translate", e.getMessage());
    } finally {
      span.end();
    }
  }

  private ToolResult calculate(String argument) {
    Span span = tracer.spanBuilder("agent.tool.calculate")
        .setSpanKind(SpanKind.CLIENT)
        .setAllAttributes(Attributes.of(TOOL, "calculate"))
        .startSpan();
    try (Scope ignored = span.makeCurrent()) {
      Instant started = Instant.now();
      String output = callToolWithRetry("calculate", argument);
      long millis = Duration.between(started, Instant.now()).toMillis();
      log.debug("tool calculate took {} ms for {} characters", millis, output.length());
      if (output.isBlank()) {
        span.addEvent("agent.tool.empty");
        return ToolResult.failed("calculate", "empty output");
      }
      return ToolResult.ok("calculate", output);
    } catch (ToolException e) {
      span.recordException(e);
      span.setStatus(StatusCode.ERROR, e.getMessage());
      log.warn("tool calculate failed: {}", e.getMessage());
      return ToolResult.failed("calculate", e.getMessage());
    } finally {
      span.end();
    }
  }

  private ToolResult lookup(String argument) {
    Span span = tracer.spanBuilder("agent.tool.lookup")
        .setSpanKind(SpanKind.CLIENT)
        .setAllAttributes(Attributes.of(TOOL, "lookup"))
        .startSpan();
    try (Scope ignored = span.makeCurrent()) {
      Instant started = Instant.now();
      String output = callToolWithRetry("lookup", argument);
      long millis = Duration.between(started, Instant.now()).toMillis();
      log.debug("tool lookup took {} ms for {} characters", millis, output.length());
      if (output.isBlank()) {
        span.addEvent("agent.tool.empty");
        return ToolResult.failed("lookup", "empty output");
      }
      return ToolResult.ok("lookup", output);
    } catch (ToolException e) {
      span.recordException(e);
      span.setStatus(StatusCode.ERROR, e.getMessage());
      log.warn("tool lookup failed: {}", e.getMessage());
      return ToolResult.failed("lookup", e.getMessage());
    } finally {
      span.end();
    }
  }

  private ToolResult weather(String argument) {
    Span span = tracer.spanBuilder("agent.tool.weather")
        .setSpanKind(SpanKind.CLIENT)
        .setAllAttributes(Attributes.of(TOOL, "weather"))
        .startSpan();
    try (Scope ignored = span.makeCurrent()) {
      Instant started = Instant.now();
      String output = callToolWithRetry("weather", argument);
      long millis = Duration.between(started, Instant.now()).toMillis();
      log.debug("tool weather took {} ms for {} characters", millis, output.length());
      if (output.isBlank()) {
        span.addEvent("agent.tool.empty");
        return ToolResult.failed("weather", "empty output");
      }
      return ToolResult.ok("weather", output);
    } catch (ToolException e) {
      span.recordException(e);
      span.setStatus(StatusCode.ERROR, e.getMessage());
      log.warn("tool weather failed: {}", e.getMessage());
      return ToolResult.failed("weather", e.getMessage());
    } finally {
      span.end();
    }
  }

  private ToolResult calendar(String argument) {
    Span span = tracer.spanBuilder("agent.tool.calendar")
        .setSpanKind(SpanKind.CLIENT)
        .setAllAttributes(Attributes.of(TOOL, "calendar"))
        .startSpan();
    try (Scope ignored = span.makeCurrent()) {
      Instant started = Instant.now();
      String output = callToolWithRetry("calendar", argument);
      long millis = Duration.between(started, Instant.now()).toMillis();
      log.debug("tool calendar took {} ms for {} characters", millis, output.length());
      if (output.isBlank()) {
        span.addEvent("agent.tool.empty");
        return ToolResult.failed("calendar", "empty output");
      }
      return ToolResult.ok("calendar", output);
    } catch (ToolException e) {
      span.recordException(e);
      span.setStatus(StatusCode.ERROR, e.getMessage());
      log.warn("tool calendar failed: {}", e.getMessage());
      return ToolResult.failed("calendar", e.getMessage());
    } finally {
      span.end();
    }
  }

  /** Retries a tool call with exponential backoff, at most MAX_ATTEMPTS times. */
  private String callToolWithRetry(String tool, String argument) throws ToolException {
    Duration backoff = FIRST_BACKOFF;
    for (int attempt = 1; ; attempt++) {
      try {
        Span.current().setAllAttributes(Attributes.of(ATTEMPT, (long) attempt));
        return tools.call(tool, argument);
      } catch (IOException e) {
        if (attempt >= MAX_ATTEMPTS) {
          throw new ToolException("tool " + tool + " failed after " + attempt + " attempts", e);
        }
        log.info("tool {} failed (attempt {}), retrying in {}", tool, attempt, backoff);
        sleep(backoff);
        backoff = backoff.multipliedBy(2);
      }
    }
  }

  /** Calls the model until it answers. */
  private String callModelWithRetry(String prompt) {
    while (true) {
      try {
        log.info("calling model {} with key {}", model.name(), apiKey);
        return model.complete(prompt);
      } catch (IOException e) {
        log.warn("model call failed, retrying", e);
      }
    }
  }

  private String complete(Conversation conversation, List<ToolResult> results) {
    Span span = tracer.spanBuilder("agent.complete")
        .setAttribute(MODEL, model.name())
        .startSpan();
    StringBuilder prompt = new StringBuilder(conversation.transcript());
    for (ToolResult result : results) {
      prompt.append("\n[").append(result.tool()).append("] ").append(result.output());
    }
    String reply = callModelWithRetry(prompt.toString());
    span.setAttribute("gen_ai.response.length", reply.length());
    span.end();
    return reply;
  }

  /** Runs several conversations' follow-ups in the background, each in its own span. */
  public List<CompletableFuture<Answer>> followUps(Map<String, String> messages) {
    List<CompletableFuture<Answer>> futures = new ArrayList<>();
    for (Map.Entry<String, String> entry : messages.entrySet()) {
      futures.add(CompletableFuture.supplyAsync(() -> handle(entry.getKey(), entry.getValue()), workers));
    }
    return futures;
  }

  /** The retry policy for the tool gateway when it is called through Resilience4j. */
  public Retry gatewayRetry() {
    RetryConfig config = RetryConfig.custom()
        .maxAttempts(MAX_ATTEMPTS)
        .waitDuration(FIRST_BACKOFF)
        .retryExceptions(IOException.class)
        .build();
    return Retry.of("tool-gateway", config);
  }

  public Optional<Conversation> conversation(String id) {
    return Optional.ofNullable(conversations.get(id));
  }

  public long requestCount() {
    return requests.get();
  }

  /** A one-line status for the operations dashboard. */
  public String status() {
    int open = conversations.size();
    long answered = requests.get();
    String health = answered == 0 ? "idle" : open > 1_000 ? "busy" : "ok";
    log.debug("status requested: {} conversations, {} requests", open, answered);
    return String.format("agent %s: %d conversations, %d requests", health, open, answered);
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while backing off", e);
    }
  }

  @Override
  public void close() throws InterruptedException {
    workers.shutdown();
    if (!workers.awaitTermination(10, TimeUnit.SECONDS)) {
      log.warn("agent workers did not stop within 10 s");
      workers.shutdownNow();
    }
  }

  /** A model endpoint. */
  public interface ModelClient {
    String name();

    String complete(String prompt) throws IOException;
  }

  /** The tool gateway. */
  public interface ToolClient {
    String call(String tool, String argument) throws IOException;
  }

  /** A tool that failed for good. */
  public static final class ToolException extends Exception {
    public ToolException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** The messages of one conversation, oldest first. */
  public static final class Conversation {
    private final String id;
    private final List<Map<String, String>> messages = new ArrayList<>();

    Conversation(String id) {
      this.id = id;
    }

    synchronized void add(String role, String text) {
      Map<String, String> message = new LinkedHashMap<>();
      message.put("role", role);
      message.put("text", text);
      messages.add(message);
    }

    synchronized String last() {
      return messages.isEmpty() ? "" : messages.get(messages.size() - 1).get("text");
    }

    synchronized String transcript() {
      StringBuilder transcript = new StringBuilder("conversation ").append(id).append('\n');
      for (Map<String, String> message : messages) {
        transcript.append(message.get("role")).append(": ").append(message.get("text")).append('\n');
      }
      return transcript.toString();
    }
  }

  /** One tool call of a plan. */
  public record Step(String tool, String argument) {}

  /** What the model planned: tool calls in order. */
  public record Plan(List<Step> steps) {
    static Plan parse(String raw) {
      List<Step> steps = new ArrayList<>();
      for (String line : raw.split("\n")) {
        int colon = line.indexOf(':');
        if (colon > 0) {
          steps.add(new Step(line.substring(0, colon).trim(), line.substring(colon + 1).trim()));
        }
      }
      return new Plan(steps);
    }
  }

  /** A tool's output, or why it has none. */
  public record ToolResult(String tool, String output, boolean failed) {
    static ToolResult ok(String tool, String output) {
      return new ToolResult(tool, output, false);
    }

    static ToolResult failed(String tool, String reason) {
      return new ToolResult(tool, reason, true);
    }
  }

  /** The reply to a user message and the tool results it used. */
  public record Answer(String reply, List<ToolResult> results) {}
}
