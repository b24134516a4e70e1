package dev.tracelint.analysis;

import dev.tracelint.analysis.model.Annotation;
import dev.tracelint.analysis.model.Expr;
import dev.tracelint.analysis.model.MethodDecl;
import dev.tracelint.analysis.model.Node;
import dev.tracelint.analysis.model.SourceUnit;
import dev.tracelint.analysis.model.TypeDecl;
import dev.tracelint.catalog.MethodRef;
import dev.tracelint.catalog.TestFixtureCatalog;
import dev.tracelint.catalog.TraceCatalog;
import dev.tracelint.catalog.TraceLifecycle;

/**
 * Test and benchmark fixtures: a span, segment or scope begun in a setup method ({@code @BeforeEach}, JMH
 * {@code @Setup}, ...) belongs to the fixture, and the framework runs the matching teardown of the same class whatever
 * happened in between. When that teardown ends it (a call of one of the lifecycle's end methods, on any receiver:
 * {@code Span.current().end()}, {@code AWSXRay.endSegment()}) or clears the thread's trace entity
 * ({@code AWSXRay.clearTraceEntity()}), the start is not a leak.
 */
final class TestFixtures {
  private TestFixtures() {}

  /** Whether {@code start}, directly in a setup method's body, is ended or cleared by the matching teardown. */
  static boolean endedByTeardown(Expr.Call start, TraceLifecycle lifecycle) {
    Node owner = Nodes.enclosingCodeOwner(start);
    if (!(owner instanceof MethodDecl)) {
      return false;
    }
    MethodDecl setup = (MethodDecl) owner;
    for (Annotation annotation : setup.annotations()) {
      String teardown = teardownFor(annotation, setup.unit());
      if (teardown != null && teardownEnds(setup.owner(), teardown, lifecycle)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code method} is a test's setup method (any setup annotation of {@link TestFixtureCatalog}). */
  static boolean isSetup(MethodDecl method) {
    for (Annotation annotation : method.annotations()) {
      if (teardownFor(annotation, method.unit()) != null) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code method} is a test's setup or teardown method ({@link TestFixtureCatalog}). */
  static boolean isFixture(MethodDecl method) {
    if (isSetup(method)) {
      return true;
    }
    for (String setup : TestFixtureCatalog.setupAnnotations()) {
      if (hasAnnotation(method, TestFixtureCatalog.teardownOf(setup))) {
        return true;
      }
    }
    return false;
  }

  private static String teardownFor(Annotation annotation, SourceUnit unit) {
    for (String setup : TestFixtureCatalog.setupAnnotations()) {
      if (isAnnotation(annotation, setup, unit)) {
        return TestFixtureCatalog.teardownOf(setup);
      }
    }
    return null;
  }

  private static boolean isAnnotation(Annotation annotation, String canonicalName, SourceUnit unit) {
    return annotation.type().is(canonicalName)
        || (!annotation.type().isResolved() && TypeEvidence.writtenNameIs(annotation.writtenName(), canonicalName, unit));
  }

  private static boolean teardownEnds(TypeDecl type, String teardownAnnotation, TraceLifecycle lifecycle) {
    if (type == null) {
      return false;
    }
    for (MethodDecl method : type.methods()) {
      if (method.body() == null || !hasAnnotation(method, teardownAnnotation)) {
        continue;
      }
      if (Nodes.anyInline(method.body(), node -> node instanceof Expr.Call && endsOrClears((Expr.Call) node, lifecycle))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasAnnotation(MethodDecl method, String canonicalName) {
    for (Annotation annotation : method.annotations()) {
      if (isAnnotation(annotation, canonicalName, method.unit())) {
        return true;
      }
    }
    return false;
  }

  static boolean endsOrClears(Expr.Call call, TraceLifecycle lifecycle) {
    if (lifecycle.isEndMethod(call.name())) {
      return true;
    }
    for (MethodRef clearing : TraceCatalog.clearingCalls()) {
      if (TypeEvidence.isCallTo(call, clearing)) {
        return true;
      }
    }
    return false;
  }
}
