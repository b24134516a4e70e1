package dev.tracelint.analysis;

import dev.tracelint.analysis.model.Expr;
import dev.tracelint.analysis.model.MethodInfo;
import dev.tracelint.analysis.model.Node;
import dev.tracelint.analysis.model.SourceUnit;
import dev.tracelint.analysis.model.Tri;
import dev.tracelint.analysis.model.TypeRef;
import dev.tracelint.catalog.MethodRef;
import dev.tracelint.catalog.TraceCatalog;
import dev.tracelint.catalog.TraceLifecycle;
import java.util.List;

/**
 * Which catalogue lifecycle, if any, a call starts. With types the resolved method decides: a static start declared by
 * the owner, an instance start on a receiver (or declared by a type) that is the owner or a subtype. Without them the
 * method name must be backed by evidence of the owner written in the unit (an imported type, a static import), and a
 * one-word name such as {@code start()} needs the owner's type itself, so that {@code thread.start()} or
 * {@code job.start()} are never taken for a span.
 */
public final class TraceStarts {
  private static final List<TraceLifecycle> LIBRARY_LIFECYCLES = TraceCatalog.defaults().lifecycles();

  private final TraceCatalog catalog;

  public TraceStarts(TraceCatalog catalog) {
    this.catalog = catalog;
  }

  public TraceCatalog catalog() {
    return catalog;
  }

  /** The lifecycle {@code call} starts, or {@code null}. */
  public TraceLifecycle match(Expr.Call call) {
    List<TraceLifecycle> candidates = catalog.startsNamed(call.name());
    if (candidates.isEmpty()) {
      return null;
    }
    MethodInfo method = call.method();
    if (method.isResolved()) {
      return matchResolved(call, method, candidates);
    }
    return matchByNames(call, candidates);
  }

  private static TraceLifecycle matchResolved(Expr.Call call, MethodInfo method, List<TraceLifecycle> candidates) {
    for (TraceLifecycle lifecycle : candidates) {
      String owner = lifecycle.start().owner();
      if (method.isDeclaredIn(owner).isYes()) {
        return lifecycle;
      }
      // Span#makeCurrent is declared in ImplicitContextKeyed: the receiver's type is what names the owner.
      if (method.isStatic() == Tri.NO && call.receiver() != null && call.receiver().type().isSubtypeOf(owner).isYes()) {
        return lifecycle;
      }
    }
    return null;
  }

  /**
   * Without types, the strongest evidence first: a receiver whose type is named as the owner (or a static import of
   * the start), then, for every candidate, weaker evidence from the owner's package, so that
   * {@code recorder.beginSegment(..)} on an {@code AWSXRayRecorder} is the recorder's start, not the static
   * {@code AWSXRay}'s of the same package.
   */
  private static TraceLifecycle matchByNames(Expr.Call call, List<TraceLifecycle> candidates) {
    Expr receiver = call.receiver();
    SourceUnit unit = call.unit();
    if (receiver != null && (receiver.kind() == Node.Kind.THIS || receiver.kind() == Node.Kind.SUPER)) {
      return null;
    }
    for (TraceLifecycle lifecycle : candidates) {
      MethodRef start = lifecycle.start();
      if (receiver == null ? TypeEvidence.importsStatically(unit, start.owner(), start.method())
          : isNamed(receiver.type()) && TypeEvidence.isA(receiver.type(), start.owner(), unit).isYes()) {
        return lifecycle;
      }
    }
    if (receiver == null) {
      return null;
    }
    TypeRef receiverType = receiver.type();
    for (TraceLifecycle lifecycle : candidates) {
      MethodRef start = lifecycle.start();
      // A one-word name needs the owner's type, or, for a tracing library's own start, a receiver (or the root of a
      // call chain) whose type comes from the library's package: tracer.nextSpan().start() with a brave.Tracer.
      boolean ownPackageSuffices = isDistinctive(start.method()) || LIBRARY_LIFECYCLES.contains(lifecycle);
      if (isNamed(receiverType)) {
        if (ownPackageSuffices && isFromOwnerPackage(receiverType, start)) {
          return lifecycle;
        }
      } else if (isDistinctive(start.method()) && TypeEvidence.importsFromPackage(unit, start.ownerPackage())) {
        // A builder chain such as tracer.spanBuilder("x").startSpan(): the receiver's type is unknown, so the unit
        // importing from the owner's package is enough evidence for a distinctive name.
        return lifecycle;
      } else if (ownPackageSuffices && isFromOwnerPackage(Nodes.chainRoot(receiver).type(), start)) {
        return lifecycle;
      }
    }
    return null;
  }

  /** Whether the engine knows the type at least by name (an imported type it could not load counts). */
  private static boolean isNamed(TypeRef type) {
    return type.qualifiedName() != null || !type.simpleName().isEmpty();
  }

  /**
   * An unresolved type from the owner's own package, such as Sentry's {@code ITransaction} for
   * {@code ISpan#startChild} or Elastic's {@code Transaction} for {@code Span#startSpan}: most likely a subtype.
   */
  private static boolean isFromOwnerPackage(TypeRef type, MethodRef start) {
    return !type.isResolved() && type.qualifiedName() != null && !start.ownerPackage().isEmpty()
        && start.ownerPackage().equals(TypeEvidence.packageOf(type));
  }

  /**
   * A compound name ({@code startSpan}, {@code makeCurrent}, {@code beginSegment}) says what it starts; a one-word
   * name ({@code start}, {@code activate}) is shared with threads, jobs, timers and needs the owner's type.
   */
  static boolean isDistinctive(String methodName) {
    return !methodName.chars().allMatch(Character::isLowerCase);
  }
}
