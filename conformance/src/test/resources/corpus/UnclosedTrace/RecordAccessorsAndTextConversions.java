package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;

/**
 * Between the start and the try: a record's implicit accessors only return a field, and the text conversions only do
 * what concatenation does; an accessor the record writes itself is judged by its body.
 */
class RecordAccessorsAndTextConversions {
  record Question(String text, String conversationId, int attempt) {}

  record Prompt(String text) {
    public String text() {
      return text.substring("user: ".length());
    }

    String rendered(Renderer renderer) {
      return renderer.render(text);
    }
  }

  interface Renderer {
    String render(String text);
  }

  interface Model {
    String chat(String prompt);
  }

  Tracer tracer;
  Model model;
  Renderer renderer;

  String acceptsImplicitRecordAccessors(Question question) {
    Span span = tracer.spanBuilder("ask").startSpan();
    span.setAttribute("conversation", question.conversationId());
    span.setAttribute("attempt", question.attempt());
    try {
      return model.chat(question.text());
    } finally {
      span.end();
    }
  }

  String acceptsTextConversions(Question question, Object tenant) {
    Span span = tracer.spanBuilder("ask").startSpan();
    span.setAttribute("attempt", String.valueOf(question.attempt()));
    span.setAttribute("attemptText", Integer.toString(question.attempt()));
    span.setAttribute("tenant", Objects.toString(tenant, "none"));
    try {
      return model.chat(question.text());
    } finally {
      span.end();
    }
  }

  String acceptsValueConversionsAndPureMath(UUID userId, Duration timeout, int requested) {
    Span span = tracer.spanBuilder("ask").startSpan();
    span.setAttribute("user", userId.toString());
    span.setAttribute("request", UUID.randomUUID().toString());
    span.setAttribute("timeout", Math.max(0, timeout.toMillis()));
    span.setAttribute("limit", Math.min(requested, 50));
    try {
      return model.chat(userId.toString());
    } finally {
      span.end();
    }
  }

  String flagsConversionOfAReceiverThatIsACall(Question question) {
    Span span = tracer.spanBuilder("ask").startSpan(); // tracelint-expect: UnclosedTrace
    span.setAttribute("answer", model.chat(question.text()).toString());
    try {
      return model.chat(question.text());
    } finally {
      span.end();
    }
  }

  String flagsParsingBeforeTheTry(String limit) {
    Span span = tracer.spanBuilder("ask").startSpan(); // tracelint-expect: UnclosedTrace
    int parsed = Integer.parseInt(limit);
    try {
      return model.chat(String.valueOf(parsed));
    } finally {
      span.end();
    }
  }

  String flagsAccessorTheRecordWritesItself(Prompt prompt) {
    Span span = tracer.spanBuilder("ask").startSpan(); // tracelint-expect: UnclosedTrace
    span.setAttribute("prompt", prompt.text());
    try {
      return model.chat(prompt.text());
    } finally {
      span.end();
    }
  }

  String flagsRecordMethodThatCallsOut(Prompt prompt) {
    Span span = tracer.spanBuilder("ask").startSpan(); // tracelint-expect: UnclosedTrace
    String rendered = prompt.rendered(renderer);
    try {
      return model.chat(rendered);
    } finally {
      span.end();
    }
  }

  String flagsConversionOfACallThatCanThrow(Question question) {
    Span span = tracer.spanBuilder("ask").startSpan(); // tracelint-expect: UnclosedTrace
    span.setAttribute("answer", String.valueOf(model.chat(question.text())));
    try {
      return model.chat(question.text());
    } finally {
      span.end();
    }
  }
}
