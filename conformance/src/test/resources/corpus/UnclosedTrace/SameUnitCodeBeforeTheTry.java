package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import java.util.ArrayList;
import java.util.List;

/**
 * Code of the same compilation unit between a start and the try that ends it: a constructor that only assigns fields,
 * a record, a class with no constructor and harmless field initializers, a getter, a helper that only calls such
 * helpers cannot throw in practice. The same shapes doing real work (a parse, a call out, a superclass or an
 * overridable method nobody here sees, a recursion nothing bounds) still can.
 */
public class SameUnitCodeBeforeTheTry {
  private final Tracer tracer;
  private final Gateway gateway;
  private String lastModel = "default";

  public SameUnitCodeBeforeTheTry(Tracer tracer, Gateway gateway) {
    this.tracer = tracer;
    this.gateway = gateway;
  }

  public Object acceptsValueObjectOfTheUnit(String prompt) {
    Span span = tracer.spanBuilder("call").startSpan();
    CallRecord record = new CallRecord(prompt, lastModel);
    try {
      return gateway.send(record.prompt);
    } finally {
      span.end();
    }
  }

  public Object acceptsRecordOfTheUnit(String prompt) {
    Span span = tracer.spanBuilder("call").startSpan();
    Attempt attempt = new Attempt(prompt, 1);
    try {
      return gateway.send(attempt.prompt());
    } finally {
      span.end();
    }
  }

  public Object acceptsClassWithoutConstructorAndHarmlessFields(String prompt) {
    Span span = tracer.spanBuilder("call").startSpan();
    Tally tally = new Tally();
    try {
      tally.names.add(prompt);
      return gateway.send(prompt);
    } finally {
      span.end();
    }
  }

  public Object acceptsGetterAndHelpersThatOnlyAssign(String prompt) {
    Span span = tracer.spanBuilder("call").startSpan();
    String model = currentModel();
    remember(model);
    CallRecord record = CallRecord.of(prompt, model);
    try {
      return gateway.send(record.prompt);
    } finally {
      span.end();
    }
  }

  public Object acceptsConstructorDelegatingToAnother(String prompt) {
    Span span = tracer.spanBuilder("call").startSpan();
    CallRecord record = new CallRecord(prompt);
    try {
      return gateway.send(record.prompt);
    } finally {
      span.end();
    }
  }

  public Object flagsConstructorThatParses(String prompt, String budget) {
    Span span = tracer.spanBuilder("call").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    Budget limit = new Budget(budget);
    try {
      return gateway.send(prompt + limit.tokens);
    } finally {
      span.end();
    }
  }

  public Object flagsHelperThatCallsOut(String prompt) {
    Span span = tracer.spanBuilder("call").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    warmUp(prompt);
    try {
      return gateway.send(prompt);
    } finally {
      span.end();
    }
  }

  public Object flagsClassWhoseFieldInitializerCallsOut(String prompt) {
    Span span = tracer.spanBuilder("call").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    Preloaded preloaded = new Preloaded();
    try {
      return gateway.send(prompt + preloaded.home);
    } finally {
      span.end();
    }
  }

  public Object flagsSubclassOfAClassNotInTheUnit(String prompt) {
    Span span = tracer.spanBuilder("call").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    NamedList names = new NamedList(prompt);
    try {
      return gateway.send(names.label);
    } finally {
      span.end();
    }
  }

  public Object flagsOverridableHelper(String prompt) {
    Span span = tracer.spanBuilder("call").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    prepare(prompt);
    try {
      return gateway.send(prompt);
    } finally {
      span.end();
    }
  }

  public Object flagsRecursionNothingBounds(String prompt, int depth) {
    Span span = tracer.spanBuilder("call").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    int level = nesting(depth);
    try {
      return gateway.send(prompt + level);
    } finally {
      span.end();
    }
  }

  private String currentModel() {
    return lastModel;
  }

  private void remember(String model) {
    if (model != null) {
      lastModel = model;
    }
  }

  private void warmUp(String prompt) {
    gateway.send(prompt);
  }

  /** Public and not final, in a class that is not final: a subclass elsewhere may do anything here. */
  public void prepare(String prompt) {
    lastModel = prompt;
  }

  private int nesting(int depth) {
    return depth <= 0 ? 0 : 1 + nesting(depth - 1);
  }

  /** The remote end. */
  public interface Gateway {
    Object send(String prompt);
  }

  static final class CallRecord {
    final String prompt;
    final String model;
    Object reply;

    CallRecord(String prompt, String model) {
      this.prompt = prompt;
      this.model = model;
    }

    CallRecord(String prompt) {
      this(prompt, "default");
    }

    static CallRecord of(String prompt, String model) {
      return new CallRecord(prompt, model);
    }
  }

  record Attempt(String prompt, int number) {}

  static final class Tally {
    int count;
    final List<String> names = new ArrayList<>();
  }

  static final class Budget {
    final int tokens;

    Budget(String text) {
      this.tokens = Integer.parseInt(text);
    }
  }

  static final class Preloaded {
    final String home = System.getenv("HOME").trim();
  }

  static final class NamedList extends java.util.Random {
    final String label;

    NamedList(String label) {
      this.label = label;
    }
  }
}
