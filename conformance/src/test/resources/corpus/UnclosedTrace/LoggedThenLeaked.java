package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A span given to a logging call, or turned into text, is not handed off: the method still owes its end. A span given
 * to any other call still is.
 */
public class LoggedThenLeaked {
  private static final Logger log = LoggerFactory.getLogger(LoggedThenLeaked.class);

  private final Tracer tracer;
  private final Audit audit;

  public LoggedThenLeaked(Tracer tracer, Audit audit) {
    this.tracer = tracer;
    this.audit = audit;
  }

  public String flagsSpanLoggedThenLeakedByAThrowingCall(String prompt) {
    Span span = tracer.spanBuilder("chat").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    log.debug("started {}", span);
    String answer = callModel(prompt);
    span.end();
    return answer;
  }

  public void flagsSpanLoggedAndNeverEnded() {
    Span span = tracer.spanBuilder("tool").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    log.info("tool span {}", span);
  }

  public String flagsSpanConcatenatedIntoAMessage(String prompt) {
    Span span = tracer.spanBuilder("chat").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    String label = "span " + span;
    String answer = callModel(prompt + label);
    span.end();
    return answer;
  }

  public String flagsSpanTurnedIntoText(String prompt) {
    Span span = tracer.spanBuilder("chat").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    String id = String.valueOf(span) + Objects.toString(span.getSpanContext());
    String answer = callModel(prompt + id);
    span.end();
    return answer;
  }

  public String acceptsSpanLoggedThenEndedInFinally(String prompt) {
    Span span = tracer.spanBuilder("chat").startSpan();
    log.debug("started {}", span);
    try {
      return callModel(prompt);
    } finally {
      span.end();
    }
  }

  public void acceptsSpanLoggedThenEndedAtOnce() {
    Span span = tracer.spanBuilder("mark").startSpan();
    log.debug("marking {}", span);
    span.end();
  }

  public String acceptsSpanTextUsedInsideTheTry(String prompt) {
    Span span = tracer.spanBuilder("chat").startSpan();
    try {
      return callModel(prompt + " " + span);
    } finally {
      span.end();
    }
  }

  public String acceptsSpanHandedToAnAuditThatMayKeepIt(String prompt) {
    Span span = tracer.spanBuilder("chat").startSpan();
    audit.record(span);
    return callModel(prompt);
  }

  public String acceptsSpanFormattedInsideTheTry(String prompt) {
    Span span = tracer.spanBuilder("chat").startSpan();
    try {
      String label = String.format("%s", span);
      return callModel(prompt + label);
    } finally {
      span.end();
    }
  }

  public void acceptsScopeOpenedAndLoggedForAnotherMethodToClose(Span span) {
    // A scope kept only to be logged is left open on purpose (a context-propagation accessor): logging it hands it off.
    Scope scope = span.makeCurrent();
    log.trace("opened scope {}", scope);
  }

  /** Something that may keep what it is given. */
  public interface Audit {
    void record(Span span);
  }

  private static String callModel(String prompt) {
    Remote.call();
    return prompt;
  }
}
