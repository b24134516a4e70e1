package corpus.unclosedtrace;

import io.opentracing.Scope;
import io.opentracing.Span;
import io.opentracing.Tracer;

/** A JAX-RS-free command dispatcher traced with OpenTracing, using switch expressions. */
public class RealisticIssue10SwitchAndOpenTracing {
  enum Command { SEARCH, SUMMARIZE, TRANSLATE }

  interface Skills {
    String search(String input);

    String summarize(String input);

    String translate(String input);
  }

  private final Tracer tracer;
  private final Skills skills;

  RealisticIssue10SwitchAndOpenTracing(Tracer tracer, Skills skills) {
    this.tracer = tracer;
    this.skills = skills;
  }

  public String dispatch(Command command, String input) {
    Span span = tracer.buildSpan("skill." + command.name().toLowerCase()).start(); // tracelint-expect: UnclosedTrace
    String output = switch (command) {
      case SEARCH -> skills.search(input);
      case SUMMARIZE -> skills.summarize(input);
      case TRANSLATE -> skills.translate(input);
    };
    span.setTag("output.length", output.length());
    span.finish();
    return output;
  }

  public String dispatchSafely(Command command, String input) {
    Span span = tracer.buildSpan("skill.safe").start();
    try (Scope scope = tracer.activateSpan(span)) {
      return switch (command) {
        case SEARCH -> skills.search(input);
        case SUMMARIZE -> skills.summarize(input);
        case TRANSLATE -> skills.translate(input);
      };
    } finally {
      span.finish();
    }
  }

  public String dispatchActivatedOnly(Command command, String input) {
    Span span = tracer.buildSpan("skill.activated").start(); // tracelint-expect: UnclosedTrace
    try (Scope scope = tracer.activateSpan(span)) {
      String output = skills.search(input);
      span.finish();
      return output;
    }
  }

  public void tagOnly(Span parent, Command command) {
    parent.setTag("command", command.name());
  }
}
