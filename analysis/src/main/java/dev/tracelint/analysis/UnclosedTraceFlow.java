package dev.tracelint.analysis;

import dev.tracelint.analysis.ObligationWalk.Flow;
import dev.tracelint.analysis.UnclosedTrace.Obligation;
import dev.tracelint.analysis.model.Expr;
import dev.tracelint.analysis.model.Node;
import dev.tracelint.analysis.model.Stmt;
import dev.tracelint.analysis.model.Variable;
import dev.tracelint.catalog.MethodRef;
import dev.tracelint.catalog.TraceCatalog;
import dev.tracelint.catalog.TraceLifecycle;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import dev.tracelint.catalog.TraceLifecycle.EndStyle;

/**
 * UnclosedTrace's structural decision procedure (steps 4 to 8 of {@code docs/rules/UnclosedTrace.md}) for one
 * obligation: steps 4 to 6 (end calls, hand-offs, reassignment) here, steps 7 and 8 in the {@link ObligationWalk} it
 * shares with other rules. Shapes it does not model classify as {@link Flow#UNKNOWN}, which never reports.
 */
final class UnclosedTraceFlow implements ObligationWalk.Ending {

  private final Obligation obligation;
  private final TraceLifecycle lifecycle;
  private final Variable holder;
  private final ObligationWalk walk;

  UnclosedTraceFlow(Obligation obligation) {
    this.obligation = obligation;
    this.lifecycle = obligation.lifecycle();
    this.holder = obligation.holder();
    this.walk = new ObligationWalk(this);
  }

  /** Steps 5 to 8: LEAKS means report. */
  Flow verdict() {
    if (holder != null && (isHandedOffOrReassigned())) {
      return Flow.UNKNOWN;
    }
    if (walk.coveredByFinally(obligation.statement(), obligation.body())) {
      return Flow.ENDED;
    }
    return walk.walkFrom(obligation.statement(), obligation.body(), holder, obligation.isDeclaration(), holder == null);
  }

  // Steps 5 and 6: every use of the holder in the body, classified; and every use of a local that holds a value
  // derived from it by a catalogued activation or carrier (a scope of it, a context holding it).
  private boolean isHandedOffOrReassigned() {
    Deque<Variable> pending = new ArrayDeque<>();
    Set<Variable> followed = Collections.newSetFromMap(new IdentityHashMap<>());
    pending.add(holder);
    followed.add(holder);
    UnitIndex index = UnitIndex.of(obligation.body().unit());
    while (!pending.isEmpty()) {
      Variable variable = pending.poll();
      for (Expr.Name use : index.namesOf(variable)) {
        if (!Nodes.isWithin(use, obligation.body())) {
          continue;
        }
        List<Variable> derived = new ArrayList<>();
        if (!isOwnUse(use, variable == holder, derived)) {
          return true;
        }
        for (Variable local : derived) {
          if (followed.add(local)) {
            pending.add(local);
          }
        }
      }
    }
    return false;
  }

  /**
   * Uses that keep the value here: a call on it, a null test, an assignment of another start to it, lending it to a
   * catalogued activation or carrier whose result stays here too ({@code tracer.withSpanInScope(span)}, {@code
   * Context.current().with(span).makeCurrent()} in try-with-resources), or, for X-Ray, to an end call. Anything inside
   * a lambda or class body (captured) hands it off.
   *
   * @param isHolder the use reads the holder itself, not a local derived from it
   * @param derived receives the locals that a derived value is stored in, whose uses are judged the same way
   */
  private boolean isOwnUse(Expr.Name use, boolean isHolder, List<Variable> derived) {
    if (isCaptured(use)) {
      return false;
    }
    Node parent = use.parent();
    if (parent instanceof Expr.Call && ((Expr.Call) parent).receiver() == use) {
      Expr.Call call = (Expr.Call) parent;
      return !isCarrier(call) || staysHere(call, derived);
    }
    if (parent instanceof Expr.FieldAccess) {
      return true;
    }
    if (parent instanceof Expr.Binary && ((Expr.Binary) parent).operator().isEquality()
        && (Nodes.isNull(((Expr.Binary) parent).left()) || Nodes.isNull(((Expr.Binary) parent).right()))) {
      return true;
    }
    if (parent instanceof Expr.Assign && ((Expr.Assign) parent).target() == use) {
      if (!isHolder) {
        return true;
      }
      // Another start assigned to the same variable is its own obligation, judged on its own.
      Expr value = ((Expr.Assign) parent).value();
      return !((Expr.Assign) parent).isCompound() && value instanceof Expr.Call
          && obligation.starts().match((Expr.Call) value) != null;
    }
    if (parent instanceof Expr.Call && ((Expr.Call) parent).arguments().contains(use)) {
      Expr.Call call = (Expr.Call) parent;
      if (isCarrier(call)) {
        return staysHere(call, derived);
      }
      return isHolder && lifecycle.style() == EndStyle.END_ON_OWNER && isEndCall(call);
    }
    return false;
  }

  /**
   * Whether a value derived from the span (the result of an activation or carrier call) stays in this method: dropped,
   * called on, lent to a further activation or carrier that stays here, or kept in a local whose uses are then
   * judged too. Returned, stored in a field, passed to any other call or captured, it hands the span off.
   */
  private boolean staysHere(Expr.Call derivedValue, List<Variable> derived) {
    Expr value = derivedValue;
    while (true) {
      Node parent = value.parent();
      if (parent instanceof Stmt.ExprStmt) {
        return true;
      }
      if (parent instanceof Expr.Call) {
        Expr.Call call = (Expr.Call) parent;
        if (isCarrier(call)) {
          value = call;
          continue;
        }
        return call.receiver() == value;
      }
      if (parent instanceof Stmt.LocalVar && ((Stmt.LocalVar) parent).initializer() == value) {
        Variable local = ((Stmt.LocalVar) parent).variable();
        if (local == null) {
          return false;
        }
        derived.add(local);
        return true;
      }
      if (parent instanceof Expr.Assign && ((Expr.Assign) parent).value() == value
          && !((Expr.Assign) parent).isCompound()) {
        Variable local = localOf(((Expr.Assign) parent).target());
        if (local == null) {
          return false;
        }
        derived.add(local);
        return true;
      }
      return false;
    }
  }

  private static Variable localOf(Expr target) {
    if (!(target instanceof Expr.Name)) {
      return null;
    }
    Variable variable = ((Expr.Name) target).variable();
    return variable != null && variable.kind() == Variable.VarKind.LOCAL ? variable : null;
  }

  private boolean isCaptured(Node use) {
    for (Node current = use.parent(); current != null && current != obligation.body(); current = current.parent()) {
      if (Nodes.isDeferred(current)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A catalogued activation (a scope start: {@code span.makeCurrent()}, {@code tracer.withSpanInScope(span)}) or a
   * carrier ({@code Context#with}, {@code Context#wrap}, {@code Span#storeInContext}): its result carries the span.
   */
  private boolean isCarrier(Expr.Call call) {
    TraceLifecycle started = obligation.starts().match(call);
    if (started != null) {
      return started.style() == EndStyle.CLOSE_SCOPE;
    }
    for (MethodRef carrier : TraceCatalog.carriers()) {
      if (TypeEvidence.isCallTo(call, carrier)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A catch that catches everything, {@code catch (Throwable t)}: the walk follows the try block and each catch as
   * paths of their own, so an end and rethrow in the catch plus an end after the try is correct on every path.
   */
  @Override
  public boolean catchesEverything(Stmt.Catch handler) {
    return ObligationWalk.catchesThrowable(handler);
  }

  @Override
  public boolean isNonNullCheck(Expr condition) {
    if (holder == null || !(condition instanceof Expr.Binary)) {
      return false;
    }
    Expr.Binary binary = (Expr.Binary) condition;
    return binary.operator() == Expr.Binary.Op.NE
        && (Nodes.isName(binary.left(), holder) && Nodes.isNull(binary.right())
            || Nodes.isNull(binary.left()) && Nodes.isName(binary.right(), holder));
  }

  /** Receiver is the holder, or a call chain starting at it ({@code span.tag("k", v).finish()}). */
  boolean isRootedAtHolder(Expr receiver) {
    return holder != null && Nodes.isName(Nodes.chainRoot(receiver), holder);
  }

  /** Step 4. */
  @Override
  public boolean isEndCall(Expr.Call call) {
    if (!lifecycle.isEndMethod(call.name())) {
      return false;
    }
    if (lifecycle.style() == EndStyle.END_ON_OWNER && lifecycle.endMethods().contains(call.name())) {
      return true;
    }
    return call.receiver() != null && isRootedAtHolder(call.receiver());
  }

  /**
   * Calls on the holder itself ({@code span.setAttribute(..)}) and calls on the tracing APIs the catalogue knows
   * ({@code Span.current()}, {@code tracer.spanBuilder("child").startSpan()}, {@code other.end()},
   * {@code observation.lowCardinalityKeyValue(..)}) cannot fail in this rule's model.
   */
  @Override
  public boolean isVouchedFor(Expr.Call call) {
    return holder != null && call.receiver() != null && isRootedAtHolder(call.receiver()) || isTracingApiCall(call);
  }

  /**
   * A call declared by, or made on, a type of a catalogued tracing API ({@link TraceCatalog#isTracingApiType}); not
   * one that takes a lambda or method reference, which it may run at once ({@code observation.observe(() -> ..)},
   * {@code AWSXRay.createSubsegment("x", () -> ..)}, {@code Sentry.withScope(scope -> ..)}).
   */
  static boolean isTracingApiCall(Expr.Call call) {
    for (Expr argument : call.arguments()) {
      if (argument.kind() == Node.Kind.LAMBDA || argument.kind() == Node.Kind.METHOD_REFERENCE) {
        return false;
      }
    }
    return TypeEvidence.isCallOnTypeIn(call, TraceCatalog::isTracingApiType);
  }

  /** An expression statement whose expression is an end call (its arguments are not judged). */
  boolean isEndStatement(Node statement) {
    return statement instanceof Stmt && isEndStatement((Stmt) statement);
  }

  /** An end call anywhere in {@code node}, lambdas and class bodies excepted: they do not run here. */
  boolean containsEnd(Node node) {
    return walk.containsEnd(node);
  }

  /** Cannot throw nor leave, in this rule's simple model (see "Harmless" in the docs page). */
  boolean harmless(Node node) {
    return walk.harmless(node);
  }
}
