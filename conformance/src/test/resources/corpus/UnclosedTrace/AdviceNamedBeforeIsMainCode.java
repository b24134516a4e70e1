package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/**
 * Main code whose annotations share simple names with JUnit's: an aspect's {@code @Before} and {@code @After} advice
 * (AspectJ's, here an in-house look-alike) and an in-house {@code @Test} marker do not make a class test code, so its
 * leaks are reported as in any main code.
 */
class AdviceNamedBeforeIsMainCode {
  @Retention(RetentionPolicy.RUNTIME)
  @interface Before {
    String value();
  }

  @Retention(RetentionPolicy.RUNTIME)
  @interface Test {}

  private Tracer tracer;

  @Before("execution(* corpus..*Service.*(..))")
  void flagsLeakInAdviceNamedBefore() {
    Span span = tracer.spanBuilder("advice").startSpan(); // tracelint-expect: UnclosedTrace
    audit();
    span.end();
  }

  @Test
  void flagsLeakInAMethodMarkedWithAnInHouseTestAnnotation() {
    Span span = tracer.spanBuilder("self-check").startSpan(); // tracelint-expect: UnclosedTrace
    audit();
    span.end();
  }

  private void audit() {
    Remote.call();
  }
}
