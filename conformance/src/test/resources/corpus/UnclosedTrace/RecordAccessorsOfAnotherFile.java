package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;

/**
 * A record component's accessor ({@code turn.model()}) between the start and the {@code try} cannot throw, also for a
 * record declared in another file or a library, as the engine resolves it; a method the record declares beyond its
 * components ({@code turn.rendered()}) is work like any other call. Without types the record of another file is not
 * known, so its accessor counts as a call that may throw (docs/rules/UnclosedTrace.md, "Known limits").
 */
class RecordAccessorsOfAnotherFile {
  interface ChatModel {
    String chat(String prompt);
  }

  private final Tracer tracer;
  private final ChatModel model;

  RecordAccessorsOfAnotherFile(Tracer tracer, ChatModel model) {
    this.tracer = tracer;
    this.model = model;
  }

  String acceptsComponentsRecordedBeforeTheTry(ChatTurnRecord turn) {
    Span span = tracer.spanBuilder("chat").startSpan(); // tracelint-expect-without-types: UnclosedTrace
    span.setAttribute("gen_ai.request.model", turn.model());
    span.setAttribute("gen_ai.request.max_tokens", turn.maxTokens());
    try {
      return model.chat(turn.prompt());
    } finally {
      span.end();
    }
  }

  String acceptsTheSameWithTheAttributesInsideTheTry(ChatTurnRecord turn) {
    Span span = tracer.spanBuilder("chat").startSpan();
    try {
      span.setAttribute("gen_ai.request.model", turn.model());
      return model.chat(turn.prompt());
    } finally {
      span.end();
    }
  }

  String flagsADeclaredMethodOfTheRecordBeforeTheTry(ChatTurnRecord turn) {
    Span span = tracer.spanBuilder("chat").startSpan(); // tracelint-expect: UnclosedTrace
    span.setAttribute("chat.rendered", turn.rendered());
    try {
      return model.chat(turn.prompt());
    } finally {
      span.end();
    }
  }
}
