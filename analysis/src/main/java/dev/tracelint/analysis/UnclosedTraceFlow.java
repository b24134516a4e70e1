package dev.tracelint.analysis;

import dev.tracelint.analysis.ObligationWalk.Flow;
import dev.tracelint.analysis.UnclosedTrace.Obligation;
import dev.tracelint.analysis.model.Expr;
import dev.tracelint.analysis.model.Node;
import dev.tracelint.analysis.model.Stmt;
import dev.tracelint.analysis.model.Variable;
import dev.tracelint.catalog.TraceLifecycle;
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
    if (holder != null && isHandedOffOrReassigned()) {
      return Flow.UNKNOWN;
    }
    if (walk.coveredByFinally(obligation.statement(), obligation.body())) {
      return Flow.ENDED;
    }
    return walk.walkFrom(obligation.statement(), obligation.body(), holder, obligation.isDeclaration(), holder == null);
  }

  // Steps 5 and 6: every use of the holder in the body, classified.
  private boolean isHandedOffOrReassigned() {
    for (Node node : Nodes.all(obligation.body())) {
      if (Nodes.isName(node instanceof Expr ? (Expr) node : null, holder) && !isOwnUse((Expr.Name) node)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Uses that keep the value here: a call on it, a null test, an assignment of another start to it, lending it to a
   * catalogue scope start ({@code tracer.withSpanInScope(span)}), or, for X-Ray, to an end call. Anything inside a
   * lambda or class body (captured) hands it off.
   */
  private boolean isOwnUse(Expr.Name use) {
    if (isCaptured(use)) {
      return false;
    }
    Node parent = use.parent();
    if (parent instanceof Expr.Call && ((Expr.Call) parent).receiver() == use) {
      return true;
    }
    if (parent instanceof Expr.FieldAccess) {
      return true;
    }
    if (parent instanceof Expr.Binary && ((Expr.Binary) parent).operator().isEquality()
        && (Nodes.isNull(((Expr.Binary) parent).left()) || Nodes.isNull(((Expr.Binary) parent).right()))) {
      return true;
    }
    if (parent instanceof Expr.Assign && ((Expr.Assign) parent).target() == use) {
      // Another start assigned to the same variable is its own obligation, judged on its own.
      Expr value = ((Expr.Assign) parent).value();
      return !((Expr.Assign) parent).isCompound() && value instanceof Expr.Call
          && obligation.starts().match((Expr.Call) value) != null;
    }
    if (parent instanceof Expr.Call && ((Expr.Call) parent).arguments().contains(use)) {
      Expr.Call call = (Expr.Call) parent;
      if (isScopeStart(call) || isReceiverOfScopeStart(call)) {
        return true;
      }
      return lifecycle.style() == EndStyle.END_ON_OWNER && isEndCall(call);
    }
    return false;
  }

  private boolean isCaptured(Node use) {
    for (Node current = use.parent(); current != null && current != obligation.body(); current = current.parent()) {
      if (Nodes.isDeferred(current)) {
        return true;
      }
    }
    return false;
  }

  private boolean isScopeStart(Expr.Call call) {
    TraceLifecycle started = obligation.starts().match(call);
    return started != null && started.style() == EndStyle.CLOSE_SCOPE;
  }

  /** {@code Context.current().with(span).makeCurrent()}: the span only goes into scope. */
  private boolean isReceiverOfScopeStart(Expr.Call call) {
    return call.parent() instanceof Expr.Call && ((Expr.Call) call.parent()).receiver() == call
        && isScopeStart((Expr.Call) call.parent());
  }

  @Override
  public boolean isNonNullCheck(Expr condition) {
    if (holder == null || !(condition instanceof Expr.Binary)) {
      return false;
    }
    Expr.Binary binary = (Expr.Binary) condition;
    return binary.operator() == Expr.Binary.Op.NE
        && ((Nodes.isName(binary.left(), holder) && Nodes.isNull(binary.right()))
            || (Nodes.isNull(binary.left()) && Nodes.isName(binary.right(), holder)));
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

  /** Calls on the holder itself ({@code span.setAttribute(..)}) cannot fail in this rule's model. */
  @Override
  public boolean isVouchedFor(Expr.Call call) {
    return holder != null && call.receiver() != null && isRootedAtHolder(call.receiver());
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
