package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import java.util.Locale;

/**
 * A chat agent that tidies the user's text between the span's start and the try: trimming, case folding, prefix and
 * substring tests, a literal replacement. These methods of {@code String} only read or reshape the text and cannot
 * fail, so the finally covers the span. Text work given an index, a pattern or a user template can fail, and so can a
 * method of the same name on the agent's own types.
 */
public class RealisticAgentPromptTextBeforeTheTry {
  interface Model {
    String reply(String prompt);
  }

  interface Transcript {
    String strip();
  }

  private final Tracer tracer;
  private final Model model;

  public RealisticAgentPromptTextBeforeTheTry(Tracer tracer, Model model) {
    this.tracer = tracer;
    this.model = model;
  }

  public String acceptsTrimmedAndFoldedText(String message) {
    Span span = tracer.spanBuilder("chat.turn").startSpan();
    String cleaned = message.strip().toLowerCase(Locale.ROOT);
    span.setAttribute("chat.message.chars", cleaned.length());
    try (Scope scope = span.makeCurrent()) {
      return model.reply(cleaned);
    } finally {
      span.end();
    }
  }

  public String acceptsPrefixAndContainsTests(String message) {
    Span span = tracer.spanBuilder("chat.command").startSpan();
    boolean command = message.trim().startsWith("/");
    boolean mentionsHuman = message.contains("@human") || message.toUpperCase().endsWith("HELP");
    span.setAttribute("chat.command", command);
    span.setAttribute("chat.escalate", mentionsHuman);
    try {
      return command ? "commands are not supported" : model.reply(message);
    } finally {
      span.end();
    }
  }

  public String acceptsALiteralReplacementAndAnEmptinessTest(String message) {
    Span span = tracer.spanBuilder("chat.sanitize").startSpan();
    String flat = message.replace('\n', ' ').replace("\t", " ");
    if (flat.isBlank()) {
      flat = "(empty message)";
    }
    try {
      return model.reply(flat);
    } finally {
      span.end();
    }
  }

  public String acceptsAnIndexOfTest(String message) {
    Span span = tracer.spanBuilder("chat.quote").startSpan();
    int quote = message.indexOf('>');
    span.setAttribute("chat.quoted", quote == 0);
    try {
      return model.reply(message);
    } finally {
      span.end();
    }
  }

  public String reportsASubstringBeforeTheTry(String message) {
    Span span = tracer.spanBuilder("chat.preview").startSpan(); // tracelint-expect: UnclosedTrace
    String preview = message.substring(0, 80);
    span.setAttribute("chat.preview", preview);
    try {
      return model.reply(message);
    } finally {
      span.end();
    }
  }

  public String reportsAStripOfTheAgentsOwnType(Transcript transcript) {
    Span span = tracer.spanBuilder("chat.transcript").startSpan(); // tracelint-expect: UnclosedTrace
    String text = transcript.strip();
    try {
      return model.reply(text);
    } finally {
      span.end();
    }
  }
}
