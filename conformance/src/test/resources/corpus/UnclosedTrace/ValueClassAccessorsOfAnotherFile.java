package corpus.unclosedtrace;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;

/**
 * A no-argument method named and typed like an instance field its class declares ({@code request.arguments()},
 * {@code response.metadata()}) returns that field: between the start and the {@code try} it cannot throw, for a value
 * class of another file or a library, as the engine resolves it. A method named like no field
 * ({@code response.modelName()}, which delegates), a method of an interface (its implementation is unknown) and one
 * that computes stay calls that may throw. Without types the class of another file is not known, so its accessor
 * counts as a call that may throw (docs/rules/UnclosedTrace.md, "Known limits").
 */
class ValueClassAccessorsOfAnotherFile {
  interface ToolRunner {
    String run(String name, String arguments);
  }

  interface ToolCall {
    String name();

    String arguments();
  }

  private final Tracer tracer;
  private final ToolRunner runner;

  ValueClassAccessorsOfAnotherFile(Tracer tracer, ToolRunner runner) {
    this.tracer = tracer;
    this.runner = runner;
  }

  String acceptsLibraryAccessorsRecordedBeforeTheTry(ToolExecutionRequest request, boolean includeArguments) {
    Span span = tracer.spanBuilder("execute_tool").startSpan(); // tracelint-expect-without-types: UnclosedTrace
    span.setAttribute("gen_ai.tool.name", request.name());
    if (includeArguments) {
      span.setAttribute("gen_ai.tool.call.arguments", request.arguments());
    }
    try {
      return runner.run(request.name(), request.arguments());
    } finally {
      span.end();
    }
  }

  void acceptsAccessorsChainedThroughAField(ChatResponse response) {
    Span span = tracer.spanBuilder("record_response").startSpan(); // tracelint-expect-without-types: UnclosedTrace
    span.setAttribute("gen_ai.response.model", response.metadata().modelName());
    try {
      runner.run("store", response.aiMessage().text());
    } finally {
      span.end();
    }
  }

  String acceptsAccessorsOfAValueClassOfAnotherFile(ToolCallValue call) {
    Span span = tracer.spanBuilder("execute_tool").startSpan(); // tracelint-expect-without-types: UnclosedTrace
    span.setAttribute("gen_ai.tool.name", call.name());
    span.setAttribute("tool.attempt", call.attempt());
    try {
      return runner.run(call.name(), call.arguments());
    } finally {
      span.end();
    }
  }

  String acceptsTheAccessorsInsideTheTry(ToolCallValue call) {
    Span span = tracer.spanBuilder("execute_tool").startSpan();
    try {
      span.setAttribute("tool.summary", call.summary());
      return runner.run(call.name(), call.arguments());
    } finally {
      span.end();
    }
  }

  void flagsAMethodNamedLikeNoField(ChatResponse response) {
    Span span = tracer.spanBuilder("record_response").startSpan(); // tracelint-expect: UnclosedTrace
    span.setAttribute("gen_ai.response.model", response.modelName());
    try {
      runner.run("store", response.aiMessage().text());
    } finally {
      span.end();
    }
  }

  String flagsAMethodThatComputes(ToolCallValue call) {
    Span span = tracer.spanBuilder("execute_tool").startSpan(); // tracelint-expect: UnclosedTrace
    span.setAttribute("tool.summary", call.summary());
    try {
      return runner.run(call.name(), call.arguments());
    } finally {
      span.end();
    }
  }

  String flagsAnInterfaceMethod(ToolCall call) {
    Span span = tracer.spanBuilder("execute_tool").startSpan(); // tracelint-expect: UnclosedTrace
    span.setAttribute("gen_ai.tool.call.arguments", call.arguments());
    try {
      return runner.run(call.name(), call.arguments());
    } finally {
      span.end();
    }
  }
}
