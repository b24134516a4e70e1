package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * Java 17 declarations written between a span's start and its try: lambdas, method references, a local record, a
 * switch expression over an enum with constant arms, a pattern test, equality tests, a text block and literals. None
 * of them runs code that can fail, so the finally covers the span. (A JDK factory such as
 * {@code Comparator.comparingInt(..)} there is "other code" by the docs page and is not written here.)
 */
public class RealisticModernLocalDeclarationsBeforeTheTry {
  enum Tier {
    FREE,
    PRO,
    ENTERPRISE
  }

  interface Completer {
    String complete(String system, String prompt, int maxTokens);
  }

  private final Tracer tracer;
  private final Completer completer;

  public RealisticModernLocalDeclarationsBeforeTheTry(Tracer tracer, Completer completer) {
    this.tracer = tracer;
    this.completer = completer;
  }

  public String acceptsLambdasAndMethodReferencesBeforeTheTry(String prompt) {
    Span span = tracer.spanBuilder("complete").startSpan();
    Function<String, String> clean = text -> text.strip().replace("\r", "");
    Supplier<String> system = this::systemPrompt;
    ToIntFunction<String> length = String::length;
    try (Scope scope = span.makeCurrent()) {
      String answer = completer.complete(system.get(), clean.apply(prompt), 512);
      return length.applyAsInt(answer) > length.applyAsInt(prompt) ? answer : prompt;
    } finally {
      span.end();
    }
  }

  public String acceptsASwitchExpressionOfConstantsBeforeTheTry(Tier tier, String prompt) {
    Span span = tracer.spanBuilder("complete.tiered").startSpan();
    int maxTokens =
        switch (tier) {
          case FREE -> 256;
          case PRO -> 2_048;
          case ENTERPRISE -> 8_192;
        };
    span.setAttribute("max_tokens", maxTokens);
    try {
      return completer.complete(systemPrompt(), prompt, maxTokens);
    } finally {
      span.end();
    }
  }

  public String acceptsALocalRecordAndATextBlockBeforeTheTry(Object input) {
    Span span = tracer.spanBuilder("complete.input").startSpan();
    record Limits(int maxTokens, double temperature) {}
    final String template =
        """
        Summarize the following text in %d words or fewer.
        """;
    boolean isText = input instanceof String s && !s.isBlank();
    long startedAt = System.nanoTime();
    try {
      Limits limits = isText ? new Limits(300, 0.2) : new Limits(50, 0.0);
      return completer.complete(template.formatted(limits.maxTokens() / 3), String.valueOf(input), limits.maxTokens());
    } finally {
      span.setAttribute("elapsed_ns", System.nanoTime() - startedAt);
      span.end();
    }
  }

  public String acceptsALocalClassBeforeTheTry(String prompt) {
    Span span = tracer.spanBuilder("complete.local").startSpan();
    class Counter {
      int calls;

      String count(String text) {
        calls++;
        return text;
      }
    }
    var counter = new Counter();
    try {
      return completer.complete(systemPrompt(), counter.count(prompt), 128);
    } finally {
      span.setAttribute("calls", counter.calls);
      span.end();
    }
  }

  public String acceptsEqualityTestsBeforeTheTry(String mode, String role, String prompt, CharSequence draft) {
    Span span = tracer.spanBuilder("complete.mode").startSpan();
    boolean dryRun = "dry-run".equals(mode) || mode.equalsIgnoreCase("preview");
    boolean admin = Objects.equals(role, "admin") && !prompt.contentEquals(draft);
    try {
      return dryRun ? prompt : completer.complete(systemPrompt(), prompt, admin ? 4_096 : 512);
    } finally {
      span.end();
    }
  }

  public String flagsAnEqualityTestOnAModelAnswerBeforeTheTry(String prompt) {
    Span span = tracer.spanBuilder("complete.checked").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    boolean refused = completer.complete(systemPrompt(), "classify: " + prompt, 8).equals("REFUSE");
    try {
      return refused ? "" : completer.complete(systemPrompt(), prompt, 256);
    } finally {
      span.end();
    }
  }

  public String flagsAModelCallBetweenTheStartAndTheTry(Tier tier, String prompt) {
    Span span = tracer.spanBuilder("complete.formatted").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    String system = completer.complete(systemPrompt(), "rewrite for " + tier, 64);
    try {
      return completer.complete(system, prompt, 256);
    } finally {
      span.end();
    }
  }

  private String systemPrompt() {
    return """
        You answer briefly.
        """;
  }
}
